import { defineMessages } from '../message';

/** Problems of `/plan` and the names of its fields: an unknown figure, a missing or unreadable value, a figure not kept per channel. */
export const planProblemMessages = defineMessages({
  en: {
    'problem.field.figure': 'figure',
    'problem.field.leads': 'leads',
    'problem.field.qualified': 'qualified',
    'problem.field.offers': 'offers',
    'problem.field.wins': 'wins',
    'problem.field.won': 'won',
    'problem.field.spend': 'spend',
    'problem.field.cpl': 'cpl',
    'problem.field.cac': 'cac',
    'problem.field.quality': 'quality',
    'problem.field.win_rate': 'win_rate',
    'problem.plan.unknownFigure': '“{typed}” is not a figure you can plan; use one of: `{figures}`',
    'problem.plan.missingValue': 'the plan for `{figure}` needs a value after it, e.g. `/plan {figure} 60`',
    'problem.plan.nothingPlanned': '“{typed}” names no figure to plan; add one with its value',
    'problem.plan.notPerChannel':
      '`{figure}` is planned for the whole team only; per channel use: `{figures}`',
    'problem.plan.notAPercent': '“{typed}” is not a percentage; use a number from 0 to 100, e.g. 35',
    'problem.plan.notACount': '“{typed}” is not a whole number; use digits, e.g. 60',
  },
  pl: {
    'problem.field.figure': 'wskaźnik',
    'problem.field.leads': 'leady',
    'problem.field.qualified': 'zakwalifikowane leady',
    'problem.field.offers': 'oferty',
    'problem.field.wins': 'wygrane transakcje',
    'problem.field.won': 'wartość wygranych transakcji',
    'problem.field.spend': 'wydatki',
    'problem.field.cpl': 'koszt pozyskania leada',
    'problem.field.cac': 'koszt pozyskania klienta',
    'problem.field.quality': 'jakość leadów',
    'problem.field.win_rate': 'współczynnik konwersji sprzedaży',
    'problem.plan.unknownFigure':
      '„{typed}” to nie wskaźnik, który można zaplanować; użyj jednego z: `{figures}`',
    'problem.plan.missingValue': 'plan dla `{figure}` wymaga wartości po nazwie, np. `/plan {figure} 60`',
    'problem.plan.nothingPlanned':
      '„{typed}” nie wskazuje żadnego wskaźnika do zaplanowania; dodaj go z wartością',
    'problem.plan.notPerChannel':
      '`{figure}` planuje się tylko dla całego zespołu; dla kanału użyj: `{figures}`',
    'problem.plan.notAPercent': '„{typed}” to nie procent; wpisz liczbę od 0 do 100, np. 35',
    'problem.plan.notACount': '„{typed}” to nie liczba całkowita; wpisz cyfry, np. 60',
  },
  ru: {
    'problem.field.figure': 'показатель',
    'problem.field.leads': 'лиды',
    'problem.field.qualified': 'квалифицированные лиды',
    'problem.field.offers': 'предложения',
    'problem.field.wins': 'выигранные сделки',
    'problem.field.won': 'сумма выигранных сделок',
    'problem.field.spend': 'расходы',
    'problem.field.cpl': 'стоимость лида',
    'problem.field.cac': 'стоимость привлечения клиента',
    'problem.field.quality': 'качество лидов',
    'problem.field.win_rate': 'доля выигранных сделок',
    'problem.plan.unknownFigure':
      '«{typed}» — не показатель, который можно запланировать; используйте один из: `{figures}`',
    'problem.plan.missingValue':
      'для плана `{figure}` нужно значение после названия, например `/plan {figure} 60`',
    'problem.plan.nothingPlanned': '«{typed}» не называет показатель для плана; добавьте его со значением',
    'problem.plan.notPerChannel':
      '`{figure}` планируется только для всей команды; по каналу используйте: `{figures}`',
    'problem.plan.notAPercent': '«{typed}» — не процент; укажите число от 0 до 100, например 35',
    'problem.plan.notACount': '«{typed}» — не целое число; укажите цифры, например 60',
  },
});
