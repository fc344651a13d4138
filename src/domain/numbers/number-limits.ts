/** Largest sequence a subject number can carry: six digits after the four-digit year. */
export const maxSubjectSequence = 999_999;
/** Largest service index accepted after the hyphen (no real subject comes near it). */
export const maxServiceIndex = 999_999;
/** Earliest year a ten-digit subject number can carry. */
export const minSubjectYear = 2000;
export const maxSubjectYear = 9999;
