// The 3D stage: the posed skeleton on its floor with its highlights, lit, with the camera rig. Rendered on
// demand (frameloop "demand"): nothing is drawn while nothing changes.
import { Suspense } from 'react'
import { Canvas, useFrame } from '@react-three/fiber'
import { CameraRig } from './CameraRig'
import { Floor } from './Floor'
import { GaitBelt } from './GaitBelt'
import { Labels } from './Labels'
import { ModelErrorBoundary } from './ModelErrorBoundary'
import { Footwear } from './Footwear'
import { GaitShockPulse } from './GaitShockPulse'
import { Ghost } from './Ghost'
import { SoftTissue } from './SoftTissue'
import { Skeleton, useSkeletonModel } from './Skeleton'
import { StressOverlay } from './StressOverlay'
import { StudioEnvironment } from './StudioEnvironment'
import type { ProbeSink } from './probe'

export interface ExplorerCanvasProps {
  modelUrl: string
  reducedMotion: boolean
  /** The stage's overlay element the labels are laid out in. */
  labelsOverlay: HTMLElement | null
  probe?: ProbeSink
  onFirstFrame: () => void
  onError: (error: Error) => void
  /**
   * Receives the stage's picture-taker: it renders a frame and reads the canvas in the same task (a WebGL
   * canvas without preserveDrawingBuffer is blank once the frame is shown), as a PNG data URL.
   */
  onCapture?: (capture: () => string) => void
}

function LoadedSkeleton(props: Omit<ExplorerCanvasProps, 'onError'>) {
  const model = useSkeletonModel(props.modelUrl)
  return (
    <>
      <Skeleton
        model={model}
        reducedMotion={props.reducedMotion}
        probe={props.probe}
        onFirstFrame={props.onFirstFrame}
      >
        {/* Inside the skeleton: the ghost is posed after it, on its frames, at its moment of the cycle. */}
        <Ghost model={model} probe={props.probe} />
        <GaitBelt />
        <StressOverlay />
        <SoftTissue />
        <Footwear side="l" />
        <Footwear side="r" />
        <GaitShockPulse reducedMotion={props.reducedMotion} />
        <Labels overlay={props.labelsOverlay} />
      </Skeleton>
    </>
  )
}

/** Tells the probe which input version each frame draws (the browser tests wait for it, not for a timer). */
function ProbeFrames({ probe }: { probe: ProbeSink }) {
  useFrame(() => probe.noteFrame())
  return null
}

export function ExplorerCanvas(props: ExplorerCanvasProps) {
  const { probe, onError } = props
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ fov: 32, near: 0.05, far: 20, position: [0, 0.85, -2.7] }}
      gl={{ antialias: true }}
      onCreated={(state) => {
        probe?.attach(state.gl, () => state.get().internal.frames > 0)
        props.onCapture?.(() => {
          const { gl, scene, camera } = state.get()
          gl.render(scene, camera)
          return gl.domElement.toDataURL('image/png')
        })
        // Rendering on demand, nothing would redraw after the browser gives a lost WebGL context back
        // (background tabs, GPU resets): ask for a frame when it does.
        state.gl.domElement.addEventListener('webglcontextrestored', () => state.invalidate())
      }}
    >
      {/* Lit so bone reads as bone (issue 16): a self-hosted room light (a light probe) for soft fill from every side,
          a key light high on one side and a weaker one behind the other for the form, a dimmer sky/ground fill;
          R3F's default ACES filmic tone mapping keeps the bright bone from clipping. */}
      <StudioEnvironment />
      <hemisphereLight args={['#ffffff', '#737b84', 0.55]} />
      <directionalLight position={[1.5, 3, 2]} intensity={1.9} />
      <directionalLight position={[-2.2, 2.2, -1.4]} intensity={1.3} />
      <Floor />
      <ModelErrorBoundary onError={onError}>
        <Suspense fallback={null}>
          <LoadedSkeleton {...props} />
        </Suspense>
      </ModelErrorBoundary>
      <CameraRig reducedMotion={props.reducedMotion} />
      {probe && <ProbeFrames probe={probe} />}
    </Canvas>
  )
}
