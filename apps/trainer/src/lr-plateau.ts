/** Where the learning-rate schedule stands: the factor on --lr and the validations since the last best or cut. */
export interface PlateauState {
  lrScale: number;
  lrBadValidations: number;
}

/**
 * `--lr-patience P --lr-factor F`: the learning rate on a plateau of the validation bound, as
 * torch.optim.lr_scheduler.ReduceLROnPlateau (mode 'max', threshold 0, no cooldown) does it: a validation
 * that is not a new best counts as bad; once more than P bad ones have passed since the last best or cut,
 * the rate is multiplied by F and the count starts again. Returns the state after one validation.
 * P = 0 turns the schedule off.
 */
export function afterValidation(s: PlateauState, isBest: boolean, patience: number, factor: number): PlateauState {
  if (patience <= 0) return s;
  if (isBest) return { ...s, lrBadValidations: 0 };
  const bad = s.lrBadValidations + 1;
  return bad > patience ? { lrScale: s.lrScale * factor, lrBadValidations: 0 } : { ...s, lrBadValidations: bad };
}
