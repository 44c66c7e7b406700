export interface RejectedLine {
  line: number;
  /** Where and what, never the value: the report must not copy personal data around. */
  errors: { field: string; code: string }[];
}

/** What an import of one register file came to, written beside the file. */
export interface ImportReport {
  lines: number;
  created: number;
  updated: number;
  unchanged: number;
  /** Older passports than residents have recorded since: not applied. */
  keptNewer: number;
  rejected: RejectedLine[];
}
