import { useEffect, useState } from 'react';
import { applyTheme, savedTheme, watchSystemTheme, type ThemeChoice } from './theme';

const choices: { value: ThemeChoice; label: string }[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
];

export function ThemeSwitcher() {
  const [choice, setChoice] = useState<ThemeChoice>(savedTheme);
  useEffect(() => {
    applyTheme(choice);
    return choice === 'system' ? watchSystemTheme(() => applyTheme('system')) : undefined;
  }, [choice]);
  return (
    <div className="d-flex align-items-center gap-1">
      <label htmlFor="theme-choice" className="visually-hidden">
        Theme
      </label>
      <select
        id="theme-choice"
        className="form-select form-select-sm"
        value={choice}
        onChange={(e) => setChoice(e.target.value as ThemeChoice)}
        title="Theme"
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label} theme
          </option>
        ))}
      </select>
    </div>
  );
}
