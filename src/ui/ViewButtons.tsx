// One-tap camera views: a row of buttons, or one list where the widget is small. The pressed button is the view
// on screen: once the model is turned by hand, none is. The 3D view itself takes arrow keys when focused.
import { CAMERA_VIEWS, VIEW_LABELS, type CameraView } from '../state/schema'
import { useExplorer } from '../state/context'

export function ViewButtons({ compact, orbited }: { compact: boolean; orbited: boolean }) {
  const view = useExplorer((s) => s.view)
  const requestView = useExplorer((s) => s.requestView)
  if (compact)
    return (
      <label className="kce-view-select">
        <span className="kce-sr-only">Camera view</span>
        <select
          className="kce-select"
          value={orbited ? '' : view}
          data-testid="view-select"
          onChange={(e) => e.target.value && requestView(e.target.value as CameraView)}
        >
          {orbited && <option value="">Turned by hand</option>}
          {CAMERA_VIEWS.map((v) => (
            <option key={v} value={v}>
              {VIEW_LABELS[v]}
            </option>
          ))}
        </select>
      </label>
    )
  return (
    <div className="kce-views" role="group" aria-label="Camera views">
      {CAMERA_VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          className="kce-button"
          aria-pressed={!orbited && view === v}
          data-view={v}
          onClick={() => requestView(v)}
        >
          {VIEW_LABELS[v]}
        </button>
      ))}
    </div>
  )
}
