import { tasksCsv, tasksCsvFileName } from './tasks-csv';
import type { TaskRow } from './task-dashboard.store';

const task = (overrides: Partial<TaskRow>): TaskRow => ({
  id: 't1',
  title: 'Informeer de raad over het besluit: "Jeugdhulp 2027"',
  description: 'Raadsinformatiebrief; zie het besluit',
  origin: 'DECISION',
  dueOn: '2026-12-01',
  late: false,
  status: 'OPEN',
  assigneeId: 'p1',
  municipalityId: 'gm-eersel',
  organisationId: 'org',
  bodyId: null,
  forOrganisation: false,
  requestedByMunicipalityIds: [],
  confidentiality: 'PUBLIC',
  version: 1,
  ...overrides,
});

describe('the tasks CSV for Dutch Excel', () => {
  const csv = tasksCsv(
    [
      task({}),
      task({
        id: 't2',
        title: 'Bespreek de DB-agenda',
        late: true,
        status: 'IN_PROGRESS',
        assigneeId: null,
        description: null,
      }),
    ],
    (id) => (id === 'p1' ? 'Gemeentesecretaris Eersel' : '?'),
  );
  const lines = csv.slice(1).split('\r\n');

  it('starts with a byte order mark so Excel reads UTF-8', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
  });

  it('has Dutch headers, separated by semicolons and quoted', () => {
    expect(lines[0]).toBe(
      '"Taak";"Herkomst";"Uiterlijk gereed";"Te laat";"Status";"Uitvoerder";"Omschrijving"',
    );
  });

  it('writes Dutch labels, yyyy-mm-dd dates and doubles the quotes inside a field', () => {
    expect(lines[1]).toBe(
      '"Informeer de raad over het besluit: ""Jeugdhulp 2027""";"uit een besluit";"2026-12-01";"nee";"open";"Gemeentesecretaris Eersel";"Raadsinformatiebrief; zie het besluit"',
    );
    expect(lines[2]).toBe(
      '"Bespreek de DB-agenda";"uit een besluit";"2026-12-01";"ja";"in behandeling";"Nog niemand";""',
    );
  });

  it('names the file after the gemeente and the day', () => {
    expect(tasksCsvFileName('Reusel-De Mierden', new Date('2026-11-23T10:00:00Z'))).toBe(
      'taken-reusel-de-mierden-2026-11-23.csv',
    );
  });
});
