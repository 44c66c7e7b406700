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
  /** Older passports than residents or their establishments have recorded since: not applied. */
  keptNewer: number;
  /** Residents whose employer the file changed: a transfer of sponsorship, or its end. */
  employersChanged: number;
  rejected: RejectedLine[];
}
