/** Names of the variables the CDK function construct sets and the production wiring reads. */
export const ENVIRONMENT = {
  inquiriesTable: 'INQUIRIES_TABLE_NAME',
  holidays: 'WORKING_CALENDAR_HOLIDAYS',
} as const;
