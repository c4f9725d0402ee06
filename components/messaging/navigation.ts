/** Where a keyboard command moves to; the commands of the manifest carry the same names. */
export const NAVIGATION = ['next-status', 'previous-status', 'next-failure'] as const;
export type Navigation = (typeof NAVIGATION)[number];
