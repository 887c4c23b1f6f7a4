import type { Language } from '../locales';
import type { Message } from '../message';
import { commonMessages } from './common';
import { problemFieldMessages } from './problemFields';
import { problemMessages } from './problems';
import { captureProblemMessages } from './problemsCapture';
import { meetingProblemMessages } from './problemsMeeting';
import { stageMessages } from './stages';
import { teamMessages } from './teams';
import { dealFormMessages } from './dealForm';
import { digestScheduleFormMessages } from './digestScheduleForm';
import { feedbackFormMessages } from './feedbackForm';
import { homeMessages } from './home';
import { icpFormMessages } from './icpForm';
import { leadFormMessages } from './leadForm';
import { meetingFormMessages } from './meetingForms';
import { modalMessages } from './modals';
import { spendFormMessages } from './spendForm';
import { digestMessages } from './digest';
import { digestAgendaMessages } from './digestAgenda';
import { digestChartMessages } from './digestCharts';
import { digestIcpMessages } from './digestIcp';
import { digestReminderMessages } from './digestReminders';
import { digestStatusMessages } from './digestStatus';
import { digestThreadMessages } from './digestThread';
import { digestStoryMessages } from './digestStory';
import { meetingMessages } from './meeting';
import { actionItemMessages } from './meetingActionItems';
import { dateMessages } from './dates';
import { dealMessages } from './deals';
import { dealTimelineMessages } from './dealTimeline';
import { exportMessages } from './export';
import { exportFileMessages } from './exportFiles';
import { repFlowMessages } from './repFlow';
import { repFlowProblemMessages } from './problemsRepFlow';
import { failureMessages } from './failures';
import { feedbackMessages } from './feedback';
import { helpMessages } from './help';
import { icpMessages } from './icp';
import { icpProfileMessages } from './icpProfile';
import { leadMessages } from './leads';
import { spendMessages } from './spend';
import { planMessages } from './plan';
import { planProblemMessages } from './problemsPlan';
import { undoMessages } from './undo';
import { teamOptionMessages } from './teamOptions';
import { languageMessages } from './language';
import { fieldMessages } from './fields';
import { inboxMessages } from './inbox';
import { importMessages } from './imports';

/**
 * Every area's messages. An area is one file in this folder (digest, modals, home, commands…);
 * add a new one to AREAS and its keys join MessageKey. Keys start with the area's name.
 */
const AREAS = [
  teamMessages,
  modalMessages,
  leadFormMessages,
  dealFormMessages,
  spendFormMessages,
  feedbackFormMessages,
  icpFormMessages,
  digestScheduleFormMessages,
  meetingFormMessages,
  homeMessages,
  commonMessages,
  stageMessages,
  problemMessages,
  problemFieldMessages,
  captureProblemMessages,
  meetingProblemMessages,
  planProblemMessages,
  digestMessages,
  digestChartMessages,
  digestThreadMessages,
  digestStoryMessages,
  digestIcpMessages,
  digestAgendaMessages,
  digestReminderMessages,
  digestStatusMessages,
  meetingMessages,
  actionItemMessages,
  dateMessages,
  leadMessages,
  dealMessages,
  dealTimelineMessages,
  spendMessages,
  planMessages,
  feedbackMessages,
  icpMessages,
  icpProfileMessages,
  undoMessages,
  exportMessages,
  exportFileMessages,
  failureMessages,
  helpMessages,
  teamOptionMessages,
  repFlowMessages,
  repFlowProblemMessages,
  languageMessages,
  fieldMessages,
  inboxMessages,
  importMessages,
] as const;

type KeysOf<Area> = Area extends { en: infer English } ? keyof English & string : never;
export type MessageKey = KeysOf<(typeof AREAS)[number]>;

function merge(language: Language): Readonly<Record<MessageKey, Message>> {
  return Object.assign({}, ...AREAS.map((area) => area[language])) as Record<MessageKey, Message>;
}

export const CATALOG: Readonly<Record<Language, Readonly<Record<MessageKey, Message>>>> = {
  en: merge('en'),
  pl: merge('pl'),
  ru: merge('ru'),
};

/** Each area's own English keys, so a test can prove no two areas define the same key. */
export const AREA_KEYS: readonly (readonly string[])[] = AREAS.map((area) => Object.keys(area.en));
