import type { Texts } from '../shared/i18n/language.js';
import type { Period } from './stats-query.js';

const ARABIC_PLURAL = new Intl.PluralRules('ar');

/** Arabic counts agree with their number: يوم واحد، يوما عمل، ٣ أيام، ١١ يومًا… */
const arabicWorkingDays = (days: number, written: string): string => {
  if (days === 0) return 'في يوم العمل نفسه';
  switch (ARABIC_PLURAL.select(days)) {
    case 'one':
      return 'يوم عمل واحد';
    case 'two':
      return 'يوما عمل';
    case 'few':
      return `${written} أيام عمل`;
    default:
      return `${written} يوم عمل`;
  }
};

/** The directorate's statistics: what is counted, over which days, and the charts' words. */
export const STATS_TEXTS: Texts<{
  title: string;
  intro: string;
  window: string;
  section: string;
  allSections: string;
  from: string;
  to: string;
  period: string;
  periods: Record<Period, string>;
  show: string;
  windowHint: (days: string) => string;
  windowInvalid: (days: string) => string;
  summary: string;
  submitted: string;
  submittedByEstablishments: string;
  decided: string;
  accepted: string;
  rejected: string;
  backlogOpen: string;
  backlogOverdue: string;
  slaBreaches: string;
  slaBreachRate: string;
  csat: string;
  csatOf: (count: string) => string;
  medianDays: string;
  p80Days: string;
  appealsFiled: string;
  overturnRate: string;
  noRate: string;
  /** `days` as a number, for the words that agree with it, and `written` in the language's digits. */
  workingDays: (days: number, written: string) => string;
  moreThanDays: (days: number, written: string) => string;
  volumesTitle: (period: string) => string;
  axis: Record<Period, string>;
  bySectionTitle: string;
  sectionColumn: string;
  byTypeTitle: string;
  requestType: string;
  processingTitle: string;
  processingMedian: string;
  processingP80: string;
  publishedTitle: (percent: string) => string;
  publishedNote: (minimum: string, from: string, to: string) => string;
  publishedNone: string;
  publishedFigure: string;
  publishedNoFigure: string;
  insufficientTypes: (types: string) => string;
  listSeparator: string;
  ratingsTitle: string;
  score: string;
  scoreLabel: (score: string) => string;
  ratings: string;
  risingTitle: string;
  risingNote: string;
  risingNone: string;
  lastWeek: string;
  previousAverage: string;
  growth: string;
  nothing: string;
  showTable: string;
}> = {
  ar: {
    title: 'الإحصاءات',
    intro: 'حجم الطلبات والمتأخر منها ومدد المعالجة ورضا المقيمين، بتوقيت الرياض.',
    window: 'الفترة والقسم',
    section: 'القسم',
    allSections: 'جميع الأقسام',
    from: 'من تاريخ',
    to: 'إلى تاريخ',
    period: 'التجميع',
    periods: { day: 'يومي', week: 'أسبوعي', month: 'شهري' },
    show: 'عرض الإحصاءات',
    windowHint: (days) => `فترة لا تتجاوز ${days} يومًا.`,
    windowInvalid: (days) => `اختر تاريخ بداية لا يلي تاريخ النهاية، وفترة لا تتجاوز ${days} يومًا.`,
    summary: 'الملخّص',
    submitted: 'الطلبات المقدَّمة',
    submittedByEstablishments: 'منها ما قدّمته المنشآت عن موظفيها',
    decided: 'الطلبات المبتوت فيها',
    accepted: 'المقبولة',
    rejected: 'المرفوضة',
    backlogOpen: 'الطلبات المفتوحة الآن',
    backlogOverdue: 'منها متأخرة عن موعد الرد',
    slaBreaches: 'تجاوزات مهلة الرد',
    slaBreachRate: 'نسبة التجاوز إلى القرارات',
    csat: 'رضا المقيمين',
    csatOf: (count) => `نسبة تقييمات ٤ و٥، وعدد التقييمات ${count}`,
    medianDays: 'وسيط مدة المعالجة',
    p80Days: 'مدة معالجة ٨٠٪ من الطلبات',
    appealsFiled: 'التظلّمات المقدَّمة',
    overturnRate: 'نسبة التظلّمات المقبولة',
    noRate: 'لا يوجد',
    workingDays: arabicWorkingDays,
    moreThanDays: (days, written) => `أكثر من ${arabicWorkingDays(days, written)}`,
    volumesTitle: (period) => `حجم الطلبات عبر الزمن (${period})`,
    axis: { day: 'اليوم', week: 'الأسبوع (بدءًا من الأحد)', month: 'الشهر' },
    bySectionTitle: 'حجم الطلبات حسب القسم',
    sectionColumn: 'القسم',
    byTypeTitle: 'الطلبات المقدَّمة حسب نوع الطلب',
    requestType: 'نوع الطلب',
    processingTitle: 'مدة المعالجة حتى القرار الأول حسب نوع الطلب (أيام عمل)',
    processingMedian: 'الوسيط',
    processingP80: '٨٠٪ من الطلبات',
    publishedTitle: (percent) => `مدد المعالجة المنشورة للمقيمين (${percent} من الطلبات خلال)`,
    publishedNote: (minimum, from, to) =>
      `محسوبة من القرارات الأولى بين ${from} و${to}؛ لا يُنشر رقم لنوع لديه أقل من ${minimum} قرارًا.`,
    publishedNone: 'لم تُحسب مدد المعالجة المنشورة بعد.',
    publishedFigure: 'أيام العمل',
    publishedNoFigure: 'لا يوجد نوع طلب لديه قرارات كافية لنشر مدة معالجته.',
    insufficientTypes: (types) => `أنواع قراراتها غير كافية لنشر رقم: ${types}.`,
    listSeparator: '، ',
    ratingsTitle: 'توزيع تقييمات المقيمين',
    score: 'التقييم',
    scoreLabel: (score) => `${score} من ٥`,
    ratings: 'عدد التقييمات',
    risingTitle: 'أنواع الطلبات المتزايدة',
    risingNote: 'آخر ٧ أيام مقارنةً بمتوسط الأسابيع الأربعة التي قبلها: أنماط تستحق المتابعة.',
    risingNone: 'لا توجد أنواع طلبات متزايدة في هذه الفترة.',
    lastWeek: 'آخر ٧ أيام',
    previousAverage: 'متوسط الأسابيع الأربعة السابقة',
    growth: 'الزيادة',
    nothing: 'لا توجد بيانات في هذه الفترة.',
    showTable: 'عرض الأرقام في جدول',
  },
  en: {
    title: 'Statistics',
    intro: "Volumes, backlog, processing times and residents' satisfaction, in Riyadh time.",
    window: 'Period and section',
    section: 'Section',
    allSections: 'All sections',
    from: 'From',
    to: 'To',
    period: 'Per',
    periods: { day: 'Day', week: 'Week', month: 'Month' },
    show: 'Show the statistics',
    windowHint: (days) => `At most ${days} days.`,
    windowInvalid: (days) => `Choose a start not after the end, and at most ${days} days.`,
    summary: 'Summary',
    submitted: 'Requests submitted',
    submittedByEstablishments: 'of which establishments filed for their employees',
    decided: 'Requests decided',
    accepted: 'Accepted',
    rejected: 'Rejected',
    backlogOpen: 'Open now',
    backlogOverdue: 'Of which past their deadline',
    slaBreaches: 'Deadlines missed',
    slaBreachRate: 'Missed deadlines per decision',
    csat: 'Resident satisfaction',
    csatOf: (count) => `share of ratings of 4 and 5; ratings: ${count}`,
    medianDays: 'Median processing time',
    p80Days: '80 % decided within',
    appealsFiled: 'Appeals filed',
    overturnRate: 'Appeals upheld for the resident',
    noRate: 'None',
    workingDays: (days, written) =>
      days === 0 ? 'the same working day' : days === 1 ? '1 working day' : `${written} working days`,
    moreThanDays: (_days, written) => `more than ${written} working days`,
    volumesTitle: (period) => `Volumes over time (per ${period.toLowerCase()})`,
    axis: { day: 'Day', week: 'Week (from Sunday)', month: 'Month' },
    bySectionTitle: 'Volumes per section',
    sectionColumn: 'Section',
    byTypeTitle: 'Requests submitted per request type',
    requestType: 'Request type',
    processingTitle: 'Time to first decision per request type (working days)',
    processingMedian: 'Median',
    processingP80: '80 % of requests',
    publishedTitle: (percent) => `Processing times published to residents (${percent} of requests within)`,
    publishedNote: (minimum, from, to) =>
      `From the first decisions between ${from} and ${to}; no figure for a type with fewer than ${minimum} decisions.`,
    publishedNone: 'The published processing times have not been computed yet.',
    publishedFigure: 'Working days',
    publishedNoFigure: 'No request type has enough decisions for a published figure.',
    insufficientTypes: (types) => `Too few decisions for a figure: ${types}.`,
    listSeparator: ', ',
    ratingsTitle: "Residents' ratings",
    score: 'Score',
    scoreLabel: (score) => `${score} of 5`,
    ratings: 'Ratings',
    risingTitle: 'Rising request types',
    risingNote: 'The last 7 days against the average of the 4 weeks before: the patterns to look into.',
    risingNone: 'No request type is rising in this period.',
    lastWeek: 'Last 7 days',
    previousAverage: 'Average of the 4 weeks before',
    growth: 'Growth',
    nothing: 'Nothing was recorded in this period.',
    showTable: 'Show the figures as a table',
  },
};
