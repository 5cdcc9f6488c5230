// The 3D view in words, for screen readers: what it shows now (posture, the stressed levels, the nerve),
// rewritten once the pose has settled after a change and announced politely. The canvas points at it
// (aria-describedby, set by the camera rig); the label overlay is hidden from screen readers, its words are here.
import { useI18n } from '../i18n/context'
import { useEffect, useState } from 'react'
import { useExplorer } from '../state/context'
import { selectPose } from '../state/store'
import { sceneDescription } from './describe'

/** About the time the drawn pose takes to ease to a new target. */
const SETTLE_MS = 700

export function SceneDescription({ id, orbited }: { id: string; orbited: boolean }) {
  const input = useExplorer((s) => s.input)
  const pose = useExplorer(selectPose)
  const view = useExplorer((s) => s.view)
  const k = useExplorer((s) => s.exaggerate)
  const i18n = useI18n()
  const text = sceneDescription(input, pose, view, k, orbited, i18n)
  const [shown, setShown] = useState(text)
  useEffect(() => {
    const t = setTimeout(() => setShown(text), SETTLE_MS)
    return () => clearTimeout(t)
  }, [text])
  return (
    <p
      className="kce-sr-only kce-scene-description"
      id={id}
      aria-live="polite"
      data-testid="scene-description"
    >
      {shown}
    </p>
  )
}
