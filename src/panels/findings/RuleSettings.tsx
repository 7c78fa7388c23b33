import { RULES } from '../../domain/rules/catalogue';
import { useEditor, useEditorActions } from '../../store/editor-context';
import { SeverityIcon } from './SeverityIcon';

const NONE: readonly string[] = [];

/** Which of the catalogue's rules this tree checks. Warnings and notes can be switched off; errors cannot. */
export function RuleSettings() {
  const silenced = useEditor((state) => state.doc.meta.settings?.silencedRules ?? NONE);
  const actions = useEditorActions();

  function setRuleOn(ruleId: string, on: boolean) {
    const next = on ? silenced.filter((id) => id !== ruleId) : [...silenced.filter((id) => id !== ruleId), ruleId];
    actions.setSilencedRules(next);
  }

  return (
    <div className="rule-settings" data-testid="rule-settings">
      <p className="field-note">
        Switch off a warning or note the team has decided does not apply to this tree. Errors stay on: they
        guard the method itself — a solution needs an evidenced problem, and the tree needs a sound shape.
      </p>
      <ul>
        {RULES.map((rule) => {
          const isError = rule.severity === 'error';
          const on = isError || !silenced.includes(rule.id);
          return (
            <li key={rule.id} data-rule-setting={rule.id} className={isError ? 'is-locked' : undefined}>
              <label className="checkbox-field">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={isError}
                  aria-describedby={`rule-why-${rule.id}`}
                  onChange={(event) => setRuleOn(rule.id, event.target.checked)}
                />
                <SeverityIcon severity={rule.severity} />
                <span>{rule.title}</span>
              </label>
              <p id={`rule-why-${rule.id}`} className="rule-why">
                {isError ? 'An error — always checked. ' : ''}
                {rule.rationale}
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
