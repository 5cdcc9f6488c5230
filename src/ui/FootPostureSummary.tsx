// The clinical band of each foot, in the words clinicians use, right under the controls.
import { useI18n } from '../i18n/context'
import { archWord, pronationWord } from './words'
import { archBand, pronationBand } from '../kinematics'
import type { FootPosture } from '../kinematics/types'
import { useExplorer } from '../state/context'

function Foot({ side, foot }: { side: 'left' | 'right'; foot: FootPosture }) {
  const i18n = useI18n()
  const p = pronationBand(foot.calcanealEversionDeg)
  return (
    <li data-foot={side}>
      <strong>{i18n.t.feet.foot(side)}</strong>
      {i18n.t.feet.summary(
        i18n.n(Math.round(foot.navicularHeightMm)),
        archWord(i18n, archBand(foot.navicularHeightMm).id),
        i18n.deg(foot.calcanealEversionDeg),
        foot.calcanealEversionDeg < 0,
        pronationWord(i18n, p.id),
        p.fpi,
      )}
    </li>
  )
}

export function FootPostureSummary() {
  const input = useExplorer((s) => s.input)
  return (
    <ul className="kce-bands" aria-live="polite" data-testid="foot-bands">
      <Foot side="left" foot={input.left} />
      <Foot side="right" foot={input.right} />
    </ul>
  )
}
