import { defineMessages } from '../message';

/** Problems of the rep's short path: a deal named by its lead's company. */
export const repFlowProblemMessages = defineMessages({
  en: {
    'problem.flow.noLeadNamed':
      'no lead of this team is called “{typed}”; name the lead by its id (L-12) or check /lead list',
  },
  pl: {
    'problem.flow.noLeadNamed':
      'w tym zespole nie ma leada o nazwie „{typed}”; podaj numer leada (L-12) albo sprawdź /lead list',
  },
  ru: {
    'problem.flow.noLeadNamed':
      'в этой команде нет лида «{typed}»; укажите номер лида (L-12) или проверьте /lead list',
  },
});
