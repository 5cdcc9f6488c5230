// One-tap camera views: a row of buttons, or one list where the widget is small. The pressed button is the view
// on screen: once the model is turned by hand, none is. The 3D view itself takes arrow keys when focused.
import { useI18n } from '../i18n/context'
import { CAMERA_VIEWS, type CameraView } from '../state/schema'
import { useExplorer } from '../state/context'

export function ViewButtons({ compact, orbited }: { compact: boolean; orbited: boolean }) {
  const view = useExplorer((s) => s.view)
  const requestView = useExplorer((s) => s.requestView)
  const { t } = useI18n()
  if (compact)
    return (
      <label className="kce-view-select">
        <span className="kce-sr-only">{t.views.cameraView}</span>
        <select
          className="kce-select"
          value={orbited ? '' : view}
          data-testid="view-select"
          onChange={(e) => e.target.value && requestView(e.target.value as CameraView)}
        >
          {orbited && <option value="">{t.views.turnedByHand}</option>}
          {CAMERA_VIEWS.map((v) => (
            <option key={v} value={v}>
              {t.views[v]}
            </option>
          ))}
        </select>
      </label>
    )
  return (
    <div className="kce-views" role="group" aria-label={t.views.cameraViews}>
      {CAMERA_VIEWS.map((v) => (
        <button
          key={v}
          type="button"
          className="kce-button"
          aria-pressed={!orbited && view === v}
          data-view={v}
          onClick={() => requestView(v)}
        >
          {t.views[v]}
        </button>
      ))}
    </div>
  )
}
