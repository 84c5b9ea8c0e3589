# In a clone of the probseq repository (Node ≥ 20, pnpm 10):
pnpm install
pnpm build --filter './packages/*'   # builds each package's dist/
mkdir -p tarballs
for p in backend data distributions nn rnn vae vrnn; do
  (cd "packages/$p" && pnpm pack --pack-destination ../../tarballs)
done
ls tarballs                     # probseq-backend-0.1.0.tgz … probseq-vrnn-0.1.0.tgz
