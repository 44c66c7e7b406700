/** Every problem's `type` is this URN followed by its code: the functions' answers and API Gateway's own alike. */
export const PROBLEM_TYPE_BASE = 'urn:tawasul:problem:';
