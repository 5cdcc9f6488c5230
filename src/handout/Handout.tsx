// The handout itself: a print-ready page (A4 and US Letter, styles.ts) of one state. The picture is the
// explorer's own 3D view, mounted off screen with the same inputs, rendered and read in one task once its
// first frame is drawn (so it is never blank), then taken down. The QR code (uqr, fetched only here) is drawn
// as SVG from its module matrix; the link it holds is printed beside it.
import { useEffect, useMemo, useState } from 'react'
import { useStore } from 'zustand'
import { mountExplorer } from '../app/mountExplorer'
import type { I18n } from '../i18n'
import { I18nContext } from '../i18n/context'
import { archBand, couplerById, pronationBand, stressChangeFromStanding, type CouplerId } from '../kinematics'
import { levelWord } from '../state/colourScales'
import { ExplorerStoreContext } from '../state/context'
import { footOf, SIDES, type Side } from '../state/schema'
import { poseOf, type ExplorerStore } from '../state/store'
import { serialiseParams } from '../state/url'
import { briefLine } from '../ui/describe'
import { signedWith } from '../ui/format'
import { captionedPicture, download } from '../ui/picture'
import { referencesIn } from '../ui/sourceText'
import { SymptomsPanel } from '../ui/SymptomsPanel'
import { archWord, levelText, pronationWord } from '../ui/words'

/** The links of the chain the handout tells; their studies are its sources. */
const CHAIN: readonly CouplerId[] = [
  'eversionToTibialRotation',
  'tibialToFemoralRotation',
  'femoralRotationToPelvicDrive',
  'anteriorTiltToLordosis',
  'facetShareStanding',
]

/** The picture's size in CSS pixels (drawn at the device's pixel ratio). */
const PICTURE = { width: 1000, height: 700 }

function usePicture(store: ExplorerStore): { src: string | null; failed: boolean } {
  const [src, setSrc] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    const box = document.createElement('div')
    box.className = 'handout-capture'
    box.style.width = `${PICTURE.width}px`
    box.style.height = `${PICTURE.height}px`
    document.body.append(box)
    const s = store.getState()
    const handle = mountExplorer(box, {
      controls: 'none',
      share: null,
      initial: {
        left: footOf(s.input, 'left'),
        right: footOf(s.input, 'right'),
        activity: s.input.activity,
        footStrike: s.input.footStrike,
        view: s.view,
        layers: { ...s.layers, labels: false },
        ...(s.lang ? { lang: s.lang } : {}),
      },
      onReady: () => {
        const shot = handle.capture()
        if (shot) setSrc(shot)
        else setFailed(true)
        handle.destroy()
        box.remove()
      },
      onError: () => {
        setFailed(true)
        handle.destroy()
        box.remove()
      },
    })
    return () => {
      handle.destroy()
      box.remove()
    }
  }, [store])
  return { src, failed }
}

/** The QR code of `text` as an SVG path, from uqr's module matrix (uqr is fetched when the handout opens). */
function useQrPath(text: string): { path: string; size: number } | null {
  const [qr, setQr] = useState<{ path: string; size: number } | null>(null)
  useEffect(() => {
    let live = true
    void import('uqr').then(({ encode }) => {
      const { data } = encode(text, { ecc: 'M', border: 4 })
      let path = ''
      data.forEach((row, y) =>
        row.forEach((dark, x) => {
          if (dark) path += `M${x} ${y}h1v1h-1z`
        }),
      )
      if (live) setQr({ path, size: data.length })
    })
    return () => {
      live = false
    }
  }, [text])
  return qr
}

function chainLines(i18n: I18n, store: ExplorerStore): string[] {
  const { input } = store.getState()
  const pose = poseOf(input)
  const h = i18n.t.handout
  const c = i18n.t.chain
  const lines: string[] = []
  const sides: Side[] = [...SIDES].sort(
    (a, b) => Math.abs(pose[b].iliumAnteriorRotationDeg) - Math.abs(pose[a].iliumAnteriorRotationDeg),
  )
  for (const side of sides) {
    const foot = footOf(input, side)
    const limb = pose[side]
    lines.push(
      h.heel(
        side,
        i18n.deg(foot.calcanealEversionDeg),
        foot.calcanealEversionDeg < 0,
        pronationWord(i18n, pronationBand(foot.calcanealEversionDeg).id),
        i18n.n(Math.round(foot.navicularHeightMm)),
        archWord(i18n, archBand(foot.navicularHeightMm).id),
      ),
      h.legs(
        side,
        signedWith(limb.tibialInternalRotationDeg, c.turnedIn, c.turnedOut, c.notTurned, i18n.deg),
        signedWith(limb.femoralInternalRotationDeg, c.turnedIn, c.turnedOut, c.notTurned, i18n.deg),
      ),
    )
  }
  const p = pose.pelvis
  lines.push(
    h.pelvis(
      signedWith(p.anteriorTiltDeg, c.pelvisForward, c.pelvisBack, c.notTipped, i18n.deg),
      signedWith(p.obliquityDeg, c.rightLower, c.leftLower, c.levelSides, i18n.deg),
    ),
  )
  const l5 = pose.lumbar.find((l) => l.level === 'L5-S1')
  for (const side of sides) {
    if (l5) lines.push(h.back(side, i18n.pct(stressChangeFromStanding(l5.stress[side]))))
    lines.push(
      h.nerve(
        side,
        levelText(i18n, levelWord(pose[side].sciaticIrritation)),
        i18n.index(pose[side].sciaticIrritation),
      ),
    )
  }
  return lines
}

export function Handout({
  store,
  i18n,
  clinic,
  share,
}: {
  store: ExplorerStore
  i18n: I18n
  clinic: string | null
  share: string
}) {
  const { t } = i18n
  const h = t.handout
  const state = useStore(store)
  const pose = poseOf(state.input)
  const line = briefLine(state.input, pose, i18n)
  const link = useMemo(() => {
    const u = new URL(share)
    const p = serialiseParams(state)
    p.set('lang', i18n.locale)
    u.search = p.toString()
    return u.href
  }, [share, state, i18n.locale])
  const picture = usePicture(store)
  const qr = useQrPath(link)
  const refs = referencesIn(...CHAIN.flatMap((id) => couplerById(id)?.source ?? []))
  const [copied, setCopied] = useState('')
  const ready = Boolean((picture.src || picture.failed) && qr)
  return (
    <ExplorerStoreContext.Provider value={store}>
      <I18nContext.Provider value={i18n}>
        <main className="handout" data-ready={ready ? 'true' : undefined} data-testid="handout">
          <div className="handout-tools" data-testid="handout-tools">
            <button type="button" onClick={() => window.print()}>
              {h.print}
            </button>
            <button
              type="button"
              disabled={!picture.src}
              onClick={() =>
                picture.src &&
                void captionedPicture(picture.src, line).then((png) => download(png, t.share.fileName))
              }
            >
              {t.share.savePicture}
            </button>
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard.writeText(link).then(
                  () => setCopied(t.share.copied),
                  () => setCopied(t.share.copyFailed(link)),
                )
              }
            >
              {t.share.copyLink}
            </button>
            <span role="status">{copied}</span>
          </div>
          <header className="handout-head">
            <div>
              <h1>{h.title}</h1>
              <p className="handout-sub">{h.subtitle}</p>
            </div>
            {clinic && (
              <p className="handout-clinic" data-testid="clinic">
                <span className="handout-label">{h.clinic}: </span>
                {clinic}
              </p>
            )}
          </header>
          <p className="handout-disclaimer" role="note">
            {h.disclaimer}
          </p>
          <section className="handout-top">
            <figure className="handout-picture">
              {picture.src ? (
                <img src={picture.src} alt={h.pictureAlt(line)} data-testid="handout-picture" />
              ) : (
                <p className="handout-wait">{picture.failed ? h.pictureFailed : h.pictureLoading}</p>
              )}
              <figcaption>{line}</figcaption>
              <div className="handout-qr">
                {qr && (
                  <svg
                    viewBox={`0 0 ${qr.size} ${qr.size}`}
                    role="img"
                    aria-label={h.qr}
                    data-testid="handout-qr"
                    shapeRendering="crispEdges"
                  >
                    <rect width={qr.size} height={qr.size} fill="#fff" />
                    <path d={qr.path} fill="#000" />
                  </svg>
                )}
                <div>
                  <p>
                    <strong>{h.qr}</strong>
                  </p>
                  <p className="handout-link" data-testid="handout-link">
                    {link}
                  </p>
                  <p className="handout-private">{h.noPersonalData}</p>
                </div>
              </div>
            </figure>
            <div className="handout-chain">
              <h2>{h.chain}</h2>
              <ul>
                {chainLines(i18n, store).map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            </div>
          </section>
          <SymptomsPanel />
          <section className="handout-sources">
            <h2>{h.sources}</h2>
            <ul>
              {refs.map((r) => (
                <li key={r.key}>
                  {r.parts.map((part) => (typeof part === 'string' ? part : part[0])).join('')}
                </li>
              ))}
            </ul>
          </section>
        </main>
      </I18nContext.Provider>
    </ExplorerStoreContext.Provider>
  )
}
