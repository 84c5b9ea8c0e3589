/** Rewrites one generated API page: indices as <sub>/<sup> outside code, indented equation lines as a block. */
export function apiMath(markdown: string): string;
