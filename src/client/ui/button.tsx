import type { ButtonHTMLAttributes, ReactNode } from 'react';
import { Link, type LinkProps } from 'react-router-dom';

type Variant = 'primary' | 'secondary' | 'danger' | 'danger-solid' | 'ghost';

type Look = { variant?: Variant; block?: boolean; small?: boolean };

function classes({ variant = 'secondary', block, small }: Look, extra?: string): string {
  return [
    'btn',
    variant !== 'secondary' && `btn-${variant}`,
    block && 'btn-block',
    small && 'btn-small',
    extra,
  ]
    .filter(Boolean)
    .join(' ');
}

export function Button({
  variant,
  block,
  small,
  className,
  type = 'button',
  ...rest
}: Look & ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type={type} className={classes({ variant, block, small }, className)} {...rest} />;
}

export function ButtonLink({
  variant,
  block,
  small,
  className,
  ...rest
}: Look & LinkProps & { children: ReactNode }) {
  return <Link className={classes({ variant, block, small }, className)} {...rest} />;
}
