import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

type FieldProps = {
  label: ReactNode;
  /** Shown beside the field in red; the input is marked invalid. */
  error?: string | undefined;
  hint?: ReactNode;
  /** Shown under the field in amber: worth a second look, but saving is allowed. */
  warnings?: readonly string[];
  optional?: boolean;
  children: (control: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby'?: string;
  }) => ReactNode;
  extra?: ReactNode;
};

/** A label, one control, and its hint, error and warnings, wired together for screen readers. */
export function Field({
  label,
  error,
  hint,
  warnings = [],
  optional,
  children,
  extra,
}: FieldProps) {
  const id = useId();
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} {optional && <span className="field-optional">(tidak wajib)</span>}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        ...(described ? { 'aria-describedby': described } : {}),
      })}
      {hint && (
        <div className="field-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <div className="field-error" id={`${id}-error`} role="alert">
          {error}
        </div>
      )}
      {warnings.map((w) => (
        <div className="field-warning" key={w}>
          ⚠ {w}
        </div>
      ))}
      {extra}
    </div>
  );
}

type Common = {
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  optional?: boolean;
};

export function TextField({
  label,
  error,
  hint,
  optional,
  warnings,
  extra,
  ...input
}: Common & {
  warnings?: readonly string[];
  extra?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field {...{ label, error, hint, optional, warnings, extra }}>
      {(control) => <input type="text" {...input} {...control} />}
    </Field>
  );
}

export function SelectField({
  label,
  error,
  hint,
  optional,
  options,
  placeholder = 'Pilih…',
  ...select
}: Common & {
  options: readonly { value: string; label: string }[];
  placeholder?: string;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field {...{ label, error, hint, optional }}>
      {(control) => (
        <select {...select} {...control}>
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function TextAreaField({
  label,
  error,
  hint,
  optional,
  ...textarea
}: Common & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field {...{ label, error, hint, optional }}>
      {(control) => <textarea {...textarea} {...control} />}
    </Field>
  );
}

export function Checkbox({
  label,
  checked,
  onChange,
  name,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
}) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        name={name}
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}

/** Radio buttons drawn as large tiles: quicker to hit than a select on a phone. */
export function Choices<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  error,
}: {
  legend: ReactNode;
  name: string;
  value: T | '' | null | undefined;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  error?: string | undefined;
}) {
  return (
    <div className="field">
      <fieldset className="choices">
        <legend>{legend}</legend>
        {options.map((o) => (
          <label className="choice" key={o.value}>
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            {o.label}
          </label>
        ))}
      </fieldset>
      {error && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
