// Whenever the drawing is exaggerated the screen says so: the numbers stay real.
import { useExplorer } from '../state/context'

export function ExaggerationBadge() {
  const k = useExplorer((s) => s.exaggerate)
  if (k === 1) return null
  return (
    <p className="kce-badge" role="status" data-testid="exaggeration-badge">
      Movements drawn {k}× larger for teaching. The numbers are real.
    </p>
  )
}
