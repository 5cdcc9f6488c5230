// One-click camera views. Buttons are keyboard operable; the 3D view itself takes arrow keys when focused.
import { CAMERA_VIEWS, VIEW_LABELS } from '../state/schema'
import { useExplorer } from '../state/context'

export function ViewButtons() {
  const view = useExplorer((s) => s.view)
  const requestView = useExplorer((s) => s.requestView)
  return (
    <div className="kce-views" role="group" aria-label="Camera views">
      {CAMERA_VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          className="kce-button"
          aria-pressed={view === v}
          data-view={v}
          onClick={() => requestView(v)}
        >
          {VIEW_LABELS[v]}
        </button>
      ))}
    </div>
  )
}
