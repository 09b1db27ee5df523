/** Where a collector takes records (README: POST /api/v1/submissions). */
export const SUBMISSIONS_PATH = '/api/v1/submissions';
