import { defineMessages } from '../message';

/** Funnel stage names as shown (charts, replies, selects); `stageLabel` picks one by stage. */
export const stageMessages = defineMessages({
  en: {
    'stage.LEAD': 'Lead',
    'stage.QUALIFIED': 'Qualified',
    'stage.DISCOVERY': 'Discovery',
    'stage.OFFER': 'Offer',
    'stage.NEGOTIATION': 'Negotiation',
    'stage.WON': 'Won',
    'stage.LOST': 'Lost',
  },
  pl: {
    'stage.LEAD': 'Lead',
    'stage.QUALIFIED': 'Kwalifikacja',
    'stage.DISCOVERY': 'Analiza potrzeb',
    'stage.OFFER': 'Oferta',
    'stage.NEGOTIATION': 'Negocjacje',
    'stage.WON': 'Wygrana',
    'stage.LOST': 'Przegrana',
  },
  ru: {
    'stage.LEAD': 'Лид',
    'stage.QUALIFIED': 'Квалификация',
    'stage.DISCOVERY': 'Выявление потребностей',
    'stage.OFFER': 'Предложение',
    'stage.NEGOTIATION': 'Переговоры',
    'stage.WON': 'Выиграна',
    'stage.LOST': 'Проиграна',
  },
});
