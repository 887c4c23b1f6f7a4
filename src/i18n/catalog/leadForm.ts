import { defineMessages } from '../message';

/** The lead form (new and edit) and the possible-duplicate form pushed over it. */
export const leadFormMessages = defineMessages({
  en: {
    'leadForm.titleNew': 'New lead',
    'leadForm.titleEdit': 'Edit L-{number}',
    'leadForm.submitNew': 'Add lead',
    'leadForm.segment.smb': 'SMB',
    'leadForm.segment.mid_market': 'Mid-market',
    'leadForm.segment.enterprise': 'Enterprise',
    'leadForm.companySize': '{size} people',
    'leadForm.countryPlaceholder': 'Type a country name or code',
    'leadForm.conflict':
      ':warning: Someone saved L-{number} (*{company}*) while you were editing. Your values are kept below: press Save to replace theirs, or Cancel to keep them.',
    'leadForm.duplicateTitle': 'Possible duplicate',
    'leadForm.addAnyway': 'Add anyway',
    'leadForm.addAnywayFailed':
      ':x: Tandem could not add the lead just now. Nothing is lost: press *Add anyway* again in a moment.',
  },
  pl: {
    'leadForm.titleNew': 'Nowy lead',
    'leadForm.titleEdit': 'Edycja L-{number}',
    'leadForm.submitNew': 'Dodaj lead',
    'leadForm.segment.smb': 'Małe firmy',
    'leadForm.segment.mid_market': 'Średnie firmy',
    'leadForm.segment.enterprise': 'Duże przedsiębiorstwa',
    'leadForm.companySize': '{size} osób',
    'leadForm.countryPlaceholder': 'Wpisz nazwę lub kod kraju',
    'leadForm.conflict':
      ':warning: Ktoś zapisał L-{number} (*{company}*) w trakcie twojej edycji. Twoje wartości są poniżej: naciśnij „Zapisz”, aby zastąpić jego zmiany, albo „Anuluj”, aby je zachować.',
    'leadForm.duplicateTitle': 'Możliwy duplikat',
    'leadForm.addAnyway': 'Dodaj mimo to',
    'leadForm.addAnywayFailed':
      ':x: Nie udało się teraz dodać leada. Nic nie przepadło: za chwilę naciśnij ponownie *Dodaj mimo to*.',
  },
  ru: {
    'leadForm.titleNew': 'Новый лид',
    'leadForm.titleEdit': 'Изменение L-{number}',
    'leadForm.submitNew': 'Добавить лид',
    'leadForm.segment.smb': 'Малый бизнес (МСБ)',
    'leadForm.segment.mid_market': 'Средний бизнес',
    'leadForm.segment.enterprise': 'Крупный бизнес',
    'leadForm.companySize': '{size} человек',
    'leadForm.countryPlaceholder': 'Введите название или код страны',
    'leadForm.conflict':
      ':warning: Кто-то сохранил L-{number} (*{company}*), пока вы редактировали. Ваши значения ниже: нажмите «Сохранить», чтобы заменить их версию, или «Отмена», чтобы оставить её.',
    'leadForm.duplicateTitle': 'Возможный дубликат',
    'leadForm.addAnyway': 'Всё равно добавить',
    'leadForm.addAnywayFailed':
      ':x: Сейчас не удалось добавить лид. Ничего не потеряно: чуть позже снова нажмите *Всё равно добавить*.',
  },
});
