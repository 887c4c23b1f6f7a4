import { defineMessages } from '../message';

/** The deal form: opening a deal, moving one, and each stage's own fields. */
export const dealFormMessages = defineMessages({
  en: {
    'dealForm.titleNew': 'New deal',
    'dealForm.titleMove': 'Move D-{number}',
    'dealForm.submitNew': 'Open deal',
    'dealForm.currentStage': '`D-{number}` *{company}* is in *{stage}*',
    'dealForm.lead': 'Lead',
    'dealForm.leadPlaceholder': 'Type a lead id (L-12) or company',
    'dealForm.stage': 'Stage',
    'dealForm.valueHint': 'e.g. 12000 or 12 000,50',
    'dealForm.finalValue': 'Final value',
    'dealForm.finalValueHint': 'What the client pays, e.g. 10 800 or 10,800.50',
    'dealForm.discount': 'Discount %',
    'dealForm.discountHint': 'e.g. 10 or 7.5',
    'dealForm.expectedCloseHint': 'When you expect the client to decide',
    'dealForm.offerRequestedHint': 'Preparation time runs from here; empty: from entering {stage}',
    'dealForm.offerSentHint': 'Empty: when the deal enters {stage}',
    'dealForm.negotiationRound':
      'This is negotiation round {round}: every entry into {stage} counts as a round.',
    'dealForm.lostReason': 'Why was it lost?',
    'dealForm.lostReasonPlaceholder': 'Choose a reason…',
    'dealForm.otherReasonOption': 'Other (say what)',
    'dealForm.otherReasonHint': 'Required when the reason is Other',
    'dealForm.chooseStage': 'Choose the stage the deal is in',
    'dealForm.chooseLead': 'Choose the lead this deal is for',
    'dealForm.closedStage': '{deal} is {stage}, which is final: choose an open stage to reopen it',
    'dealForm.conflict':
      ':warning: {deal} (*{company}*) was changed while you were editing: it is now in *{stage}*. Your values are kept below: press Save to apply them anyway, or Cancel.',
    'dealForm.conflictBy':
      ':warning: {deal} (*{company}*) was changed by {user} while you were editing: it is now in *{stage}*. Your values are kept below: press Save to apply them anyway, or Cancel.',
  },
  pl: {
    'dealForm.titleNew': 'Nowa transakcja',
    'dealForm.titleMove': 'Przesuń D-{number}',
    'dealForm.submitNew': 'Otwórz transakcję',
    'dealForm.currentStage': '`D-{number}` *{company}* jest na etapie *{stage}*',
    'dealForm.lead': 'Powiązany lead',
    'dealForm.leadPlaceholder': 'Wpisz numer leada (L-12) lub firmę',
    'dealForm.stage': 'Etap',
    'dealForm.valueHint': 'np. 12000 lub 12 000,50',
    'dealForm.finalValue': 'Wartość końcowa',
    'dealForm.finalValueHint': 'Ile zapłaci klient, np. 10 800 lub 10 800,50',
    'dealForm.discount': 'Rabat %',
    'dealForm.discountHint': 'np. 10 lub 7,5',
    'dealForm.expectedCloseHint': 'Kiedy klient ma podjąć decyzję',
    'dealForm.offerRequestedHint':
      'Od tej daty liczy się czas przygotowania; puste: od wejścia na etap {stage}',
    'dealForm.offerSentHint': 'Puste: gdy transakcja wejdzie na etap {stage}',
    'dealForm.negotiationRound':
      'To {round}. runda negocjacji: każde wejście na etap {stage} liczy się jako runda.',
    'dealForm.lostReason': 'Dlaczego przegrana?',
    'dealForm.lostReasonPlaceholder': 'Wybierz powód…',
    'dealForm.otherReasonOption': 'Inny (napisz jaki)',
    'dealForm.otherReasonHint': 'Wymagane, gdy powód to „Inny”',
    'dealForm.chooseStage': 'Wybierz etap, na którym jest transakcja',
    'dealForm.chooseLead': 'Wybierz lead, którego dotyczy transakcja',
    'dealForm.closedStage':
      '{deal} ma etap {stage}, który jest końcowy: wybierz otwarty etap, aby wznowić transakcję',
    'dealForm.conflict':
      ':warning: {deal} (*{company}*) zmieniono w trakcie twojej edycji: jest teraz na etapie *{stage}*. Twoje wartości są poniżej: naciśnij „Zapisz”, aby mimo to je zastosować, albo „Anuluj”.',
    'dealForm.conflictBy':
      ':warning: {user} zmienił(a) {deal} (*{company}*) w trakcie twojej edycji: jest teraz na etapie *{stage}*. Twoje wartości są poniżej: naciśnij „Zapisz”, aby mimo to je zastosować, albo „Anuluj”.',
  },
  ru: {
    'dealForm.titleNew': 'Новая сделка',
    'dealForm.titleMove': 'Сделка D-{number}',
    'dealForm.submitNew': 'Открыть сделку',
    'dealForm.currentStage': '`D-{number}` *{company}* на этапе *{stage}*',
    'dealForm.lead': 'Лид',
    'dealForm.leadPlaceholder': 'Введите номер лида (L-12) или компанию',
    'dealForm.stage': 'Этап',
    'dealForm.valueHint': 'например, 12000 или 12 000,50',
    'dealForm.finalValue': 'Итоговая сумма',
    'dealForm.finalValueHint': 'Сколько платит клиент, например 10 800 или 10 800,50',
    'dealForm.discount': 'Скидка, %',
    'dealForm.discountHint': 'например, 10 или 7,5',
    'dealForm.expectedCloseHint': 'Когда клиент должен принять решение',
    'dealForm.offerRequestedHint':
      'С этой даты считается время подготовки; если пусто — с перехода на этап «{stage}»',
    'dealForm.offerSentHint': 'Если пусто — момент перехода сделки на этап «{stage}»',
    'dealForm.negotiationRound':
      'Это раунд переговоров № {round}: каждый переход на этап «{stage}» считается раундом.',
    'dealForm.lostReason': 'Почему сделка проиграна?',
    'dealForm.lostReasonPlaceholder': 'Выберите причину…',
    'dealForm.otherReasonOption': 'Другая (укажите какая)',
    'dealForm.otherReasonHint': 'Обязательно, если выбрана причина «Другая»',
    'dealForm.chooseStage': 'Выберите этап сделки',
    'dealForm.chooseLead': 'Выберите лид, к которому относится сделка',
    'dealForm.closedStage':
      '{deal}: этап «{stage}» окончательный — выберите открытый этап, чтобы возобновить сделку',
    'dealForm.conflict':
      ':warning: {deal} (*{company}*) изменили, пока вы редактировали: теперь сделка на этапе *{stage}*. Ваши значения ниже: нажмите «Сохранить», чтобы всё равно применить их, или «Отмена».',
    'dealForm.conflictBy':
      ':warning: {user} изменил(а) {deal} (*{company}*), пока вы редактировали: теперь сделка на этапе *{stage}*. Ваши значения ниже: нажмите «Сохранить», чтобы всё равно применить их, или «Отмена».',
  },
});
