import type { FormErrors, SimulatorForm } from '../../lib/simulator-form';

/** An edit of the form: the simulator applies it to the current form (see `simulator-form.ts` for the edits). */
export type FormEdit = (form: SimulatorForm) => SimulatorForm;

/** What every section of the simulator's form receives. */
export interface FormSectionProps {
  form: SimulatorForm;
  errors: FormErrors;
  update: (edit: FormEdit) => void;
  /** Prefix for element ids, unique on the page. */
  uid: string;
}
