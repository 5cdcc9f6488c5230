// The footstrike glow's legend line (issue 14): what the glow shows, how sure its numbers are, and this input's
// strike in body weights at impact, per side (from shockPulses: the same numbers the scene draws).
import { useMemo } from 'react'
import { shockPulses } from '../../kinematics/shockPulse'
import type { ChainInput } from '../../kinematics/types'
import { useI18n } from '../../i18n/context'

/** The glow's colour (src/scene/shockRings.ts SHOCK_GLOW; the UI may not import the scene). */
const GLOW = '#ea580c'

export function ShockLegend({ input, reducedMotion }: { input: ChainInput; reducedMotion: boolean }) {
  const pulses = useMemo(() => shockPulses(input), [input])
  const { t, n } = useI18n()
  if (pulses.length === 0) return null
  // The core leaves the shock unchanged by an orthotic: say so where one is worn, rather than show nothing.
  const posted = (['left', 'right'] as const).some((s) => (input.footwear?.[s]?.medialPostDeg ?? 0) > 0)
  const strengths = (['right', 'left'] as const)
    .map((side) => pulses.find((p) => p.side === side))
    .filter((p) => p !== undefined)
    .map((p) => t.shock.pulseStrength(p.side, n(p.strengthBodyWeights, 1)))
  return (
    <p className="kce-note kce-shock-legend" data-testid="shock-legend">
      <span
        aria-hidden="true"
        style={{
          display: 'inline-block',
          width: 12,
          height: 12,
          marginRight: 6,
          borderRadius: '50%',
          border: `2px solid ${GLOW}`,
          verticalAlign: '-1px',
        }}
      />
      {t.shock.pulseLegend} {strengths.join('; ')}.{posted ? ` ${t.shock.pulseOrthotic}` : ''}
      {reducedMotion ? ` ${t.shock.pulseStill}` : ''}
    </p>
  )
}
