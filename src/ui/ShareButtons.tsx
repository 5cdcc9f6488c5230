// What a patient takes home: a one-page handout (opened in a new tab, printed or saved as PDF by the browser),
// the picture of the view with a caption, and the link to the same view. None of it holds personal data.
import { useState } from 'react'
import { useI18n } from '../i18n/context'
import { useExplorer } from '../state/context'
import { selectPose } from '../state/store'
import { briefLine } from './describe'
import { captionedPicture, download } from './picture'

export interface ShareActions {
  /** The handout page for the state on screen (with the language, the clinic line and where its QR points). */
  handoutUrl(): string
  /** A link that reopens the same view at the full explorer; null where there is none to link to. */
  link(): string | null
  /** The 3D view as a PNG data URL, rendered and read in one task; null where there is no 3D. */
  capture(): string | null
}

export function ShareButtons({ actions, pictureOk }: { actions: ShareActions; pictureOk: boolean }) {
  const i18n = useI18n()
  const w = i18n.t.share
  const input = useExplorer((s) => s.input)
  const pose = useExplorer(selectPose)
  const [status, setStatus] = useState('')
  const savePicture = async () => {
    const shot = actions.capture()
    if (!shot) return
    download(await captionedPicture(shot, briefLine(input, pose, i18n)), w.fileName)
  }
  const copyLink = async () => {
    const link = actions.link()
    if (!link) return
    try {
      await navigator.clipboard.writeText(link)
      setStatus(w.copied)
    } catch {
      setStatus(w.copyFailed(link))
    }
  }
  return (
    <section className="kce-card kce-share" aria-labelledby="kce-share-h" data-testid="share">
      <h2 id="kce-share-h">{w.heading}</h2>
      <div className="kce-button-grid">
        <button
          type="button"
          className="kce-button"
          data-testid="open-handout"
          onClick={() => window.open(actions.handoutUrl(), '_blank', 'noopener')}
        >
          {w.handout}
        </button>
        {pictureOk && (
          <button
            type="button"
            className="kce-button"
            data-testid="save-picture"
            onClick={() => void savePicture()}
          >
            {w.savePicture}
          </button>
        )}
        {actions.link() !== null && (
          <button
            type="button"
            className="kce-button"
            data-testid="copy-link"
            onClick={() => void copyLink()}
          >
            {w.copyLink}
          </button>
        )}
      </div>
      <p className="kce-note" role="status">
        {status || w.noPersonalData}
      </p>
    </section>
  )
}
