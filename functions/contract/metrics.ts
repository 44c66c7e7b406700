/** The metric an escalation adds to, which the overdue-review alarm watches. */
export const ESCALATION_METRIC = { namespace: 'Tawasul', name: 'ReviewsEscalated', service: 'tawasul' } as const;
