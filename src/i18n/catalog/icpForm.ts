import { defineMessages } from '../message';

/** The ideal customer profile form: one input per section, with an example of what goes in it. */
export const icpFormMessages = defineMessages({
  en: {
    'icpForm.title': 'Customer profile (ICP)',
    'icpForm.submit': 'Save version',
    'icpForm.hint.industries': 'e.g. retail, logistics (separate with commas)',
    'icpForm.hint.companySize': 'e.g. SMB, mid_market or head counts like 51-200 (separate with commas)',
    'icpForm.hint.countries': 'e.g. PL, DE, Czechia (separate with commas)',
    'icpForm.hint.decisionMaker': 'e.g. Head of operations, one per line',
    'icpForm.hint.pains': 'e.g. One pain per line',
    'icpForm.hint.buyingTriggers': 'e.g. New warehouse opening, one per line',
    'icpForm.hint.disqualifiers': 'e.g. Fewer than 10 orders a day, one per line',
    'icpForm.hint.priorityProducts': 'e.g. analytics, routing (separate with commas)',
    'icpForm.empty': 'The form is empty: write at least one section, or press Cancel',
    'icpForm.unchanged': 'Nothing changed since version {version}: edit a section, or press Cancel',
    'icpForm.conflict':
      ':warning: {user} saved *version {version}* while you were editing ({summary}). Your text is kept below: press *Save version* to replace theirs, or Cancel to keep theirs.',
    'icpForm.conflictUnknown':
      ':warning: The ICP changed while you were editing. Your text is kept below: press *Save version* again.',
  },
  pl: {
    'icpForm.title': 'Profil klienta (ICP)',
    'icpForm.submit': 'Zapisz wersję',
    'icpForm.hint.industries': 'np. handel detaliczny, logistyka (oddziel przecinkami)',
    'icpForm.hint.companySize':
      'np. SMB, mid_market lub liczba pracowników, jak 51-200 (oddziel przecinkami)',
    'icpForm.hint.countries': 'np. PL, DE, CZ (oddziel przecinkami)',
    'icpForm.hint.decisionMaker': 'np. Dyrektor operacyjny, jedna osoba w wierszu',
    'icpForm.hint.pains': 'np. Jeden problem w wierszu',
    'icpForm.hint.buyingTriggers': 'np. Otwarcie nowego magazynu, jeden impuls w wierszu',
    'icpForm.hint.disqualifiers': 'np. Mniej niż 10 zamówień dziennie, jeden czynnik w wierszu',
    'icpForm.hint.priorityProducts': 'np. analityka, planowanie tras (oddziel przecinkami)',
    'icpForm.empty': 'Formularz jest pusty: wypełnij co najmniej jedną sekcję albo naciśnij „Anuluj”',
    'icpForm.unchanged':
      'Nic się nie zmieniło od wersji {version}: zmień którąś sekcję albo naciśnij „Anuluj”',
    'icpForm.conflict':
      ':warning: {user} zapisał(a) *wersję {version}* w trakcie twojej edycji ({summary}). Twój tekst jest poniżej: naciśnij *Zapisz wersję*, aby zastąpić tamtą wersję, albo „Anuluj”, aby ją zachować.',
    'icpForm.conflictUnknown':
      ':warning: ICP zmienił się w trakcie twojej edycji. Twój tekst jest poniżej: naciśnij ponownie *Zapisz wersję*.',
  },
  ru: {
    'icpForm.title': 'Профиль клиента (ICP)',
    'icpForm.submit': 'Сохранить версию',
    'icpForm.hint.industries': 'например, розница, логистика (через запятую)',
    'icpForm.hint.companySize': 'например, SMB, mid_market или численность вроде 51-200 (через запятую)',
    'icpForm.hint.countries': 'например, PL, DE, CZ (через запятую)',
    'icpForm.hint.decisionMaker': 'например, Операционный директор; по одному в строке',
    'icpForm.hint.pains': 'например, Одна боль в строке',
    'icpForm.hint.buyingTriggers': 'например, Открытие нового склада; по одному в строке',
    'icpForm.hint.disqualifiers': 'например, Меньше 10 заказов в день; по одному в строке',
    'icpForm.hint.priorityProducts': 'например, аналитика, маршрутизация (через запятую)',
    'icpForm.empty': 'Форма пуста: заполните хотя бы один раздел или нажмите «Отмена»',
    'icpForm.unchanged': 'С версии {version} ничего не изменилось: измените раздел или нажмите «Отмена»',
    'icpForm.conflict':
      ':warning: {user} сохранил(а) *версию {version}*, пока вы редактировали ({summary}). Ваш текст ниже: нажмите *Сохранить версию*, чтобы заменить её, или «Отмена», чтобы оставить её.',
    'icpForm.conflictUnknown':
      ':warning: ICP изменился, пока вы редактировали. Ваш текст ниже: нажмите *Сохранить версию* ещё раз.',
  },
});
