// One button of the chain tour's bar: a drawn icon (not a font glyph: media symbols are missing from many
// fonts) with its spoken label; the bar's five buttons differ only in these props.
const PATHS = {
  previous: 'M6 5h2v14H6zM20 5v14L9 12z',
  next: 'M16 5h2v14h-2zM4 5v14l11-7z',
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  restart: 'M12 5V1L7 6l5 5V7a5 5 0 1 1-5 5H5a7 7 0 1 0 7-7z',
  close: 'M6 4.6 4.6 6l6 6-6 6L6 19.4l6-6 6 6 1.4-1.4-6-6 6-6L18 4.6l-6 6z',
} as const

export interface TourButtonProps {
  icon: keyof typeof PATHS
  label: string
  /** The tooltip; the label when not given (play adds its keyboard shortcut). */
  title?: string
  testId?: string
  disabled?: boolean
  className?: string
  onClick: () => void
}

export function TourButton({ icon, label, title, testId, disabled, className, onClick }: TourButtonProps) {
  return (
    <button
      type="button"
      className={`kce-button kce-tour-btn${className ? ` ${className}` : ''}`}
      data-testid={testId}
      aria-label={label}
      title={title ?? label}
      disabled={disabled}
      onClick={onClick}
    >
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path d={PATHS[icon]} fill="currentColor" />
      </svg>
    </button>
  )
}
