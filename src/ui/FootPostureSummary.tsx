// The clinical band of each foot, in the words clinicians use, right under the controls.
import { archBand, pronationBand } from '../kinematics'
import type { FootPosture } from '../kinematics/types'
import { useExplorer } from '../state/context'
import { fmtDeg } from './format'

function Foot({ side, foot }: { side: string; foot: FootPosture }) {
  const p = pronationBand(foot.calcanealEversionDeg)
  return (
    <li data-foot={side.toLowerCase()}>
      <strong>{side} foot:</strong> arch {Math.round(foot.navicularHeightMm)} mm,{' '}
      {archBand(foot.navicularHeightMm).label}; heel {fmtDeg(foot.calcanealEversionDeg)}{' '}
      {foot.calcanealEversionDeg < 0 ? 'inverted' : 'everted'}, {p.label} ({p.fpi}-equivalent)
    </li>
  )
}

export function FootPostureSummary() {
  const input = useExplorer((s) => s.input)
  return (
    <ul className="kce-bands" aria-live="polite" data-testid="foot-bands">
      <Foot side="Left" foot={input.left} />
      <Foot side="Right" foot={input.right} />
    </ul>
  )
}
