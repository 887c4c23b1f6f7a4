import { defineMessages } from '../message';

/**
 * Importing a CSV from Slack (`/tandem import`, or a file sent to Tandem in a DM): the form, the
 * dry-run report with its Apply button, progress and the result. `{file}` arrives as typed (a file
 * name); the row reasons come from the importer as it words them for the command line.
 */
export const importMessages = defineMessages({
  en: {
    'imports.form.title': 'Import a CSV',
    'imports.form.submit': 'Check the file',
    'imports.form.intro':
      'Leads, deals or marketing spend exported from a CRM or a spreadsheet. Tandem first shows what it would write; nothing is written until you press Apply.',
    'imports.form.file': 'CSV file',
    'imports.form.crm': 'Exported from',
    'imports.form.crmDetect': 'Tell from the column names',
    'imports.form.currency': 'Currency of the amounts',
    'imports.form.currencyHint': 'Only for a deal file without a currency column, e.g. EUR',
    'imports.form.dates': 'Dates written like 05/11/2026',
    'imports.form.datesDetect': 'Tell from the file',
    'imports.form.datesDmy': 'Day first (27/05/2026)',
    'imports.form.datesMdy': 'Month first (5/27/2026)',
    'imports.problem.currency': '“{value}” is not a currency code; write a code such as EUR or PLN',
    'imports.problem.noFile': 'Attach one CSV file',
    'imports.kind.leads': 'leads',
    'imports.kind.deals': 'deals',
    'imports.kind.spend': 'marketing spend',
    'imports.plan.title': '*Import of {file}: dry run*. Nothing has been written yet.',
    'imports.plan.kind': '*What it holds:* {kind}',
    'imports.plan.from': '*Read as an export of:* {crm}',
    'imports.plan.fromNone': '*Read as an export of:* no CRM recognised; columns found by their names',
    'imports.plan.currency': '*Amounts without a currency:* {currency}',
    'imports.plan.dates.dmy': '*Slashed dates:* day first',
    'imports.plan.dates.mdy': '*Slashed dates:* month first',
    'imports.plan.columns': '*Columns:* {columns}',
    'imports.plan.counts':
      '*To create:* {create} · *to update:* {update} · *unchanged:* {unchanged} · *rejected:* {reject}',
    'imports.plan.notes': '*Notes*',
    'imports.plan.rejected': '*Rejected rows* (the first {shown} of {total})',
    'imports.plan.row': 'Line {line}: {subject}',
    'imports.plan.applyHint': 'Apply writes the rows to create and update; rejected rows are left out.',
    'imports.plan.nothing': 'There is nothing to write.',
    'imports.plan.apply': 'Apply',
    'imports.applying': '*Import of {file}*: writing…',
    'imports.progress': '*Import of {file}*: {done} of {total} rows written…',
    'imports.result.title': '*Import of {file}: done.*',
    'imports.result.counts':
      '*Created:* {create} · *updated:* {update} · *unchanged:* {unchanged} · *rejected:* {reject} · *failed:* {failed}',
    'imports.result.failedRows': '*Rows not written* (the first {shown} of {total})',
    'imports.result.broken':
      '*Import of {file} failed*: nothing more was written. Run the dry run again by sending the file anew.',
    'imports.apply.taken': 'This import is already being applied or was applied: it runs once.',
    'imports.apply.notYours': 'Only {user}, who sent the file, can apply this import.',
    'imports.file.notCsv':
      '“{file}” is not a CSV file (Slack says: {type}). Export the list as CSV (comma- or semicolon-separated) and send that.',
    'imports.file.tooLarge':
      '“{file}” is {size} MB; Tandem imports files of up to {limit} MB from Slack. Split it, or ask the operator to run `npm run import` on the server.',
    'imports.file.unreachable':
      'Tandem could not download “{file}” from Slack ({reason}). Nothing was imported; send the file again in a minute.',
    'imports.file.unusable': '*Nothing can be imported from {file}:*',
    'imports.file.tryForm': 'To say which CRM it comes from or its currency, use `/tandem import`.',
  },
  pl: {
    'imports.form.title': 'Import pliku CSV',
    'imports.form.submit': 'Sprawdź plik',
    'imports.form.intro':
      'Leady, transakcje lub wydatki marketingowe wyeksportowane z CRM albo arkusza. Tandem najpierw pokaże, co by zapisał; nic nie zostanie zapisane, dopóki nie naciśniesz Zastosuj.',
    'imports.form.file': 'Plik CSV',
    'imports.form.crm': 'Wyeksportowany z',
    'imports.form.crmDetect': 'Rozpoznaj po nazwach kolumn',
    'imports.form.currency': 'Waluta kwot',
    'imports.form.currencyHint': 'Tylko dla pliku transakcji bez kolumny waluty, np. PLN',
    'imports.form.dates': 'Daty zapisane jak 05/11/2026',
    'imports.form.datesDetect': 'Rozpoznaj z pliku',
    'imports.form.datesDmy': 'Najpierw dzień (27/05/2026)',
    'imports.form.datesMdy': 'Najpierw miesiąc (5/27/2026)',
    'imports.problem.currency': '„{value}” nie jest kodem waluty; wpisz kod, np. EUR lub PLN',
    'imports.problem.noFile': 'Dołącz jeden plik CSV',
    'imports.kind.leads': 'leady',
    'imports.kind.deals': 'transakcje',
    'imports.kind.spend': 'wydatki marketingowe',
    'imports.plan.title': '*Import pliku {file}: próba*. Jeszcze nic nie zapisano.',
    'imports.plan.kind': '*Zawartość:* {kind}',
    'imports.plan.from': '*Odczytany jako eksport z:* {crm}',
    'imports.plan.fromNone': '*Odczytany jako eksport z:* nie rozpoznano CRM; kolumny znalezione po nazwach',
    'imports.plan.currency': '*Kwoty bez waluty:* {currency}',
    'imports.plan.dates.dmy': '*Daty z ukośnikami:* najpierw dzień',
    'imports.plan.dates.mdy': '*Daty z ukośnikami:* najpierw miesiąc',
    'imports.plan.columns': '*Kolumny:* {columns}',
    'imports.plan.counts':
      '*Do utworzenia:* {create} · *do zmiany:* {update} · *bez zmian:* {unchanged} · *odrzucone:* {reject}',
    'imports.plan.notes': '*Uwagi*',
    'imports.plan.rejected': '*Odrzucone wiersze* (pierwsze {shown} z {total})',
    'imports.plan.row': 'Wiersz {line}: {subject}',
    'imports.plan.applyHint':
      'Zastosuj zapisze wiersze do utworzenia i do zmiany; odrzucone wiersze zostaną pominięte.',
    'imports.plan.nothing': 'Nie ma nic do zapisania.',
    'imports.plan.apply': 'Zastosuj',
    'imports.applying': '*Import pliku {file}*: zapisywanie…',
    'imports.progress': '*Import pliku {file}*: zapisano {done} z {total} wierszy…',
    'imports.result.title': '*Import pliku {file}: gotowe.*',
    'imports.result.counts':
      '*Utworzone:* {create} · *zmienione:* {update} · *bez zmian:* {unchanged} · *odrzucone:* {reject} · *nieudane:* {failed}',
    'imports.result.failedRows': '*Niezapisane wiersze* (pierwsze {shown} z {total})',
    'imports.result.broken':
      '*Import pliku {file} nie powiódł się*: nic więcej nie zapisano. Wyślij plik ponownie, aby powtórzyć próbę.',
    'imports.apply.taken': 'Ten import jest już stosowany albo został zastosowany: wykonuje się raz.',
    'imports.apply.notYours': 'Tylko {user}, kto wysłał plik, może zastosować ten import.',
    'imports.file.notCsv':
      '„{file}” nie jest plikiem CSV (Slack podaje: {type}). Wyeksportuj listę jako CSV (rozdzielany przecinkami lub średnikami) i wyślij ją.',
    'imports.file.tooLarge':
      '„{file}” ma {size} MB; Tandem importuje ze Slacka pliki do {limit} MB. Podziel go albo poproś administratora serwera o `npm run import`.',
    'imports.file.unreachable':
      'Tandem nie mógł pobrać „{file}” ze Slacka ({reason}). Nic nie zaimportowano; wyślij plik ponownie za minutę.',
    'imports.file.unusable': '*Z pliku {file} nie da się nic zaimportować:*',
    'imports.file.tryForm':
      'Aby wskazać CRM, z którego pochodzi plik, lub jego walutę, użyj `/tandem import`.',
  },
  ru: {
    'imports.form.title': 'Импорт CSV-файла',
    'imports.form.submit': 'Проверить файл',
    'imports.form.intro':
      'Лиды, сделки или маркетинговые расходы, выгруженные из CRM или таблицы. Сначала Tandem покажет, что он запишет; ничего не записывается, пока вы не нажмёте «Применить».',
    'imports.form.file': 'CSV-файл',
    'imports.form.crm': 'Выгружен из',
    'imports.form.crmDetect': 'Определить по названиям столбцов',
    'imports.form.currency': 'Валюта сумм',
    'imports.form.currencyHint': 'Только для файла сделок без столбца валюты, например RUB',
    'imports.form.dates': 'Даты вида 05/11/2026',
    'imports.form.datesDetect': 'Определить по файлу',
    'imports.form.datesDmy': 'Сначала день (27/05/2026)',
    'imports.form.datesMdy': 'Сначала месяц (5/27/2026)',
    'imports.problem.currency': '«{value}» — не код валюты; введите код, например EUR или RUB',
    'imports.problem.noFile': 'Приложите один CSV-файл',
    'imports.kind.leads': 'лиды',
    'imports.kind.deals': 'сделки',
    'imports.kind.spend': 'маркетинговые расходы',
    'imports.plan.title': '*Импорт файла {file}: проверка*. Пока ничего не записано.',
    'imports.plan.kind': '*Содержимое:* {kind}',
    'imports.plan.from': '*Прочитан как выгрузка из:* {crm}',
    'imports.plan.fromNone': '*Прочитан как выгрузка из:* CRM не распознана; столбцы найдены по названиям',
    'imports.plan.currency': '*Суммы без валюты:* {currency}',
    'imports.plan.dates.dmy': '*Даты через косую черту:* сначала день',
    'imports.plan.dates.mdy': '*Даты через косую черту:* сначала месяц',
    'imports.plan.columns': '*Столбцы:* {columns}',
    'imports.plan.counts':
      '*Создать:* {create} · *изменить:* {update} · *без изменений:* {unchanged} · *отклонено:* {reject}',
    'imports.plan.notes': '*Примечания*',
    'imports.plan.rejected': '*Отклонённые строки* (первые {shown} из {total})',
    'imports.plan.row': 'Строка {line}: {subject}',
    'imports.plan.applyHint':
      '«Применить» запишет строки для создания и изменения; отклонённые строки будут пропущены.',
    'imports.plan.nothing': 'Записывать нечего.',
    'imports.plan.apply': 'Применить',
    'imports.applying': '*Импорт файла {file}*: запись…',
    'imports.progress': '*Импорт файла {file}*: записано {done} из {total} строк…',
    'imports.result.title': '*Импорт файла {file}: готово.*',
    'imports.result.counts':
      '*Создано:* {create} · *изменено:* {update} · *без изменений:* {unchanged} · *отклонено:* {reject} · *с ошибкой:* {failed}',
    'imports.result.failedRows': '*Незаписанные строки* (первые {shown} из {total})',
    'imports.result.broken':
      '*Импорт файла {file} не удался*: больше ничего не записано. Отправьте файл заново, чтобы повторить проверку.',
    'imports.apply.taken': 'Этот импорт уже применяется или применён: он выполняется один раз.',
    'imports.apply.notYours': 'Применить этот импорт может только {user}, отправивший файл.',
    'imports.file.notCsv':
      '«{file}» — не CSV-файл (по данным Slack: {type}). Выгрузите список в CSV (через запятую или точку с запятой) и отправьте его.',
    'imports.file.tooLarge':
      '«{file}» весит {size} МБ; из Slack Tandem импортирует файлы до {limit} МБ. Разделите его или попросите администратора сервера выполнить `npm run import`.',
    'imports.file.unreachable':
      'Tandem не смог скачать «{file}» из Slack ({reason}). Ничего не импортировано; отправьте файл ещё раз через минуту.',
    'imports.file.unusable': '*Из файла {file} ничего нельзя импортировать:*',
    'imports.file.tryForm':
      'Чтобы указать CRM, из которой выгружен файл, или его валюту, используйте `/tandem import`.',
  },
});
