import { manualEdgeTypes } from '../api/relationships';
import type { AssetSummary } from '../api/types';
import { AssetPicker } from './AssetPicker';
import { FormField, SelectField } from './FormField';

export interface RelationshipChoice {
  type: string;
  target: AssetSummary | null;
  description: string;
}

export const newRelationship: RelationshipChoice = { type: 'depends-on', target: null, description: '' };

/** The type, target and description of a manual relationship, with the API's messages for each. */
export function RelationshipFields({ value, onChange, error, exclude }: {
  value: RelationshipChoice;
  onChange(value: RelationshipChoice): void;
  error: unknown;
  /** Assets that cannot be the target (the sources themselves). */
  exclude: string[];
}) {
  return (
    <>
      <SelectField label="Relationship" name="type" value={value.type} onChange={(type) => onChange({ ...value, type })} error={error}
        options={manualEdgeTypes.map((t) => ({ value: t, label: t }))} />
      <FormField label="Target asset (name, human id, ARN or id)" name="targetId" error={error}>
        {(f) => (
          <AssetPicker inputId={f.id} value={value.target} onChange={(target) => onChange({ ...value, target })} invalid={f.invalid}
            describedBy={f.describedBy} exclude={exclude} />
        )}
      </FormField>
      <FormField label="Description (optional)" name="description" error={error}>
        {(f) => (
          <input id={f.id} className={`form-control${f.invalid ? ' is-invalid' : ''}`} value={value.description} aria-describedby={f.describedBy}
            onChange={(e) => onChange({ ...value, description: e.target.value })} />
        )}
      </FormField>
    </>
  );
}
