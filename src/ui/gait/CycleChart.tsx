// The cycle chart (issue 14): over one gait cycle, each side's rearfoot eversion and L5–S1 facet stress and the
// vertical force under each foot, with a cursor at the current moment. Dragging the cursor (pointer) or the
// arrow keys scrub through `onScrub`; the compare input's curves are drawn faint and grey. Plain SVG, drawn at
// the width it is given (readable in a 360 px column); described in words computed from the data. Loaded
// lazily (LazyCycleChart.tsx): the default export keeps it out of the explorer's first chunk.
import { useId, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react'
import type { ChainInput } from '../../kinematics/types'
import { useElementSize } from '../useElementSize'
import {
  CHART_SAMPLES,
  PANELS,
  chartDescription,
  chartLayout,
  cycleAtX,
  cycleChartData,
  panelRange,
  seriesPath,
  xOf,
  type PanelId,
  type ReferenceMode,
} from './cycleChartData'
import { useI18n } from '../../i18n/context'

export interface CycleChartProps {
  inputs: ChainInput
  /** The compare ghost's inputs, drawn faintly. */
  referenceInputs?: ChainInput
  /** What the reference is (the legend and the description name it); default neutral feet. */
  referenceMode?: ReferenceMode
  /** The current moment, share of the cycle from the right heel strike (wraps). */
  cycle: number
  onScrub: (cycle: number) => void
}

/** Right solid blue, left dashed orange: told apart by colour and by dash (colour-blind safe). */
const SIDES = {
  right: { colour: '#2459a6', dash: undefined },
  left: { colour: '#b45309', dash: '6 4' },
} as const
const GHOST = '#8a97a8'
/** Width when the element has not been laid out yet (server render, tests): the narrowest embed column. */
const FALLBACK_WIDTH = 360
const STEP = 1 / CHART_SAMPLES
const BIG_STEP = 10 / CHART_SAMPLES

const wrap = (c: number): number => c - Math.floor(c)

export default function CycleChart({
  inputs,
  referenceInputs,
  referenceMode = 'neutral',
  cycle,
  onScrub,
}: CycleChartProps) {
  const [box, setBox] = useState<HTMLDivElement | null>(null)
  const size = useElementSize(box)
  const width = size && size.width > 0 ? size.width : FALLBACK_WIDTH
  const layout = chartLayout(width)
  const data = useMemo(() => cycleChartData(inputs), [inputs])
  const ghost = useMemo(
    () => (referenceInputs ? cycleChartData(referenceInputs) : undefined),
    [referenceInputs],
  )
  const i18n = useI18n()
  const { t, n } = i18n
  /** A value label, with as many decimals as it has (0.5, 1, 0.25), in the locale's way. */
  const tick = (x: number) => {
    const r = +x.toFixed(2)
    return n(r, (String(r).split('.')[1] ?? '').length)
  }
  // Each side's legend entry is wide enough for its word (Spanish "Izquierdo" is twice "Left"), 11 px text.
  const legendStep = Math.max(70, 37 + 6.5 * Math.max(t.sides.right.length, t.sides.left.length))
  const description = useMemo(
    () => chartDescription(data, ghost ? referenceMode : null, i18n),
    [data, ghost, referenceMode, i18n],
  )
  const ranges = useMemo(() => {
    const sets = ghost ? [data, ghost] : [data]
    return Object.fromEntries(PANELS.map((p) => [p, panelRange(p, sets)])) as Record<
      PanelId,
      ReturnType<typeof panelRange>
    >
  }, [data, ghost])
  // The curves change with the inputs and the width, not with the moment: built once per change, so playback
  // re-renders only the cursor's few attributes.
  const paths = useMemo(() => {
    const at = chartLayout(width)
    const of = (d: typeof data, panel: PanelId, side: 'left' | 'right') =>
      seriesPath(at, panel, ranges[panel], d.series[panel][side])
    return Object.fromEntries(
      PANELS.map((panel) => [
        panel,
        {
          left: of(data, panel, 'left'),
          right: of(data, panel, 'right'),
          ghostLeft: ghost ? of(ghost, panel, 'left') : '',
          ghostRight: ghost ? of(ghost, panel, 'right') : '',
        },
      ]),
    ) as Record<PanelId, { left: string; right: string; ghostLeft: string; ghostRight: string }>
  }, [width, data, ghost, ranges])
  const id = useId()
  const svgRef = useRef<SVGSVGElement>(null)
  const dragging = useRef(false)
  const [focused, setFocused] = useState(false)
  const now = wrap(cycle)
  const cursorX = xOf(layout, now)

  const scrubTo = (e: PointerEvent<SVGElement>) => {
    const rect = svgRef.current?.getBoundingClientRect()
    onScrub(cycleAtX(layout, e.clientX - (rect?.left ?? 0)))
  }
  const onPointerDown = (e: PointerEvent<SVGElement>) => {
    dragging.current = true
    e.currentTarget.setPointerCapture?.(e.pointerId)
    scrubTo(e)
  }
  const onPointerMove = (e: PointerEvent<SVGElement>) => {
    if (dragging.current) scrubTo(e)
  }
  const onPointerUp = (e: PointerEvent<SVGElement>) => {
    dragging.current = false
    e.currentTarget.releasePointerCapture?.(e.pointerId)
  }
  const onKeyDown = (e: KeyboardEvent<SVGElement>) => {
    const step = e.shiftKey ? BIG_STEP : STEP
    const next: Record<string, number> = {
      ArrowRight: now + step,
      ArrowUp: now + step,
      ArrowLeft: now - step,
      ArrowDown: now - step,
      PageUp: now + BIG_STEP,
      PageDown: now - BIG_STEP,
      Home: 0,
      End: 1 - STEP,
    }
    if (!(e.key in next)) return
    e.preventDefault()
    // Whole per cents, so repeated steps do not drift.
    onScrub(wrap(Math.round(next[e.key]! * CHART_SAMPLES) / CHART_SAMPLES))
  }

  const plotTop = layout.panels.eversion.top
  const plotBottom = layout.panels.force.top + layout.panels.force.height
  const axisY = plotBottom + 14

  return (
    <figure className="kce-cycle-chart" data-testid="cycle-chart" style={{ margin: 0 }}>
      <div ref={setBox} style={{ width: '100%' }}>
        <svg
          ref={svgRef}
          width={layout.width}
          height={layout.height}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          style={{ display: 'block', maxWidth: '100%', fontSize: 11, fontFamily: 'inherit' }}
        >
          <title id={`${id}-title`}>{t.shock.chartTitle}</title>
          {/* The side legend, across the top. */}
          <g aria-hidden="true" fill="#1f2937">
            {(['right', 'left'] as const).map((side, i) => (
              <g key={side} transform={`translate(${layout.plotLeft + i * legendStep} 10)`}>
                <line
                  x1={0}
                  x2={22}
                  y1={0}
                  y2={0}
                  stroke={SIDES[side].colour}
                  strokeWidth={2.5}
                  strokeDasharray={SIDES[side].dash}
                />
                <text x={27} y={4}>
                  {t.sides[side]}
                </text>
              </g>
            ))}
            {ghost && (
              <g transform={`translate(${layout.plotLeft + 2 * legendStep} 10)`}>
                <line x1={0} x2={22} y1={0} y2={0} stroke={GHOST} strokeOpacity={0.7} strokeWidth={1.5} />
                <text x={27} y={4} fill="#4b5563">
                  {t.shock.legendGhost[referenceMode]}
                </text>
              </g>
            )}
          </g>
          {PANELS.map((panel) => {
            const { top, height } = layout.panels[panel]
            const range = ranges[panel]
            return (
              <g key={panel} aria-hidden="true" data-panel={panel}>
                <text x={layout.plotLeft} y={top - 5} fill="#1f2937" fontWeight={600}>
                  {t.shock.panels[panel]}
                </text>
                <rect
                  x={layout.plotLeft}
                  y={top}
                  width={layout.plotWidth}
                  height={height}
                  fill="#fff"
                  stroke="#d5dbe3"
                />
                {range.min < 0 && range.max > 0 && (
                  <line
                    x1={layout.plotLeft}
                    x2={layout.plotLeft + layout.plotWidth}
                    y1={top + (height * range.max) / (range.max - range.min)}
                    y2={top + (height * range.max) / (range.max - range.min)}
                    stroke="#d5dbe3"
                  />
                )}
                <text x={layout.plotLeft - 4} y={top + 9} textAnchor="end" fill="#4b5563">
                  {tick(range.max)}
                </text>
                <text x={layout.plotLeft - 4} y={top + height} textAnchor="end" fill="#4b5563">
                  {tick(range.min)}
                </text>
                {ghost &&
                  (['right', 'left'] as const).map((side) => (
                    <path
                      key={`ghost-${side}`}
                      data-testid={`ghost-${panel}-${side}`}
                      d={side === 'left' ? paths[panel].ghostLeft : paths[panel].ghostRight}
                      fill="none"
                      stroke={GHOST}
                      strokeOpacity={0.7}
                      strokeWidth={1.25}
                      strokeDasharray={SIDES[side].dash}
                    />
                  ))}
                {(['left', 'right'] as const).map((side) => (
                  <path
                    key={side}
                    data-testid={`series-${panel}-${side}`}
                    d={paths[panel][side]}
                    fill="none"
                    stroke={SIDES[side].colour}
                    strokeWidth={2}
                    strokeDasharray={SIDES[side].dash}
                    strokeLinejoin="round"
                  />
                ))}
              </g>
            )
          })}
          <g aria-hidden="true" fill="#4b5563">
            <text x={layout.plotLeft} y={axisY}>
              {`${n(0)}%`}
            </text>
            <text x={xOf(layout, 0.5)} y={axisY} textAnchor="middle">
              {`${n(50)}%`}
            </text>
            <text x={layout.plotLeft + layout.plotWidth} y={axisY} textAnchor="end">
              {`${n(100)}%`}
            </text>
          </g>
          {/* The cursor: a slider. The whole plot takes pointer drags; the handle takes the keys. */}
          <rect
            data-testid="cycle-chart-drag"
            x={layout.plotLeft}
            y={plotTop}
            width={layout.plotWidth}
            height={plotBottom - plotTop}
            fill="transparent"
            style={{ cursor: 'ew-resize', touchAction: 'pan-y' }}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
          />
          <g
            className="kce-cycle-cursor"
            role="slider"
            tabIndex={0}
            aria-label={t.shock.cursor}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(now * 100)}
            aria-valuetext={t.shock.cursorValue(n(Math.round(now * 100)))}
            aria-orientation="horizontal"
            onKeyDown={onKeyDown}
            onFocus={() => setFocused(true)}
            onBlur={() => setFocused(false)}
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={onPointerUp}
            onPointerCancel={onPointerUp}
            style={{ cursor: 'ew-resize', touchAction: 'pan-y', outline: 'none' }}
          >
            <line
              data-testid="cycle-cursor"
              x1={cursorX}
              x2={cursorX}
              y1={plotTop - 4}
              y2={plotBottom}
              stroke="#1f2937"
              strokeWidth={1.5}
            />
            {/* A grip wide enough for a finger (44 px target), drawn small; outlined when focused. */}
            <rect
              x={cursorX - 22}
              y={plotTop - 4}
              width={44}
              height={plotBottom - plotTop + 4}
              rx={6}
              fill="transparent"
              stroke={focused ? '#b45309' : 'none'}
              strokeWidth={3}
            />
            <circle cx={cursorX} cy={plotBottom} r={6} fill="#1f2937" stroke="#fff" strokeWidth={2} />
          </g>
        </svg>
      </div>
      <figcaption className="kce-note" id={`${id}-desc`} data-testid="cycle-chart-description">
        {description}
      </figcaption>
    </figure>
  )
}
