/** Where the HTTP contract is mounted. */
export const API_BASE_PATH = '/api/v1';
