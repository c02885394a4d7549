import {
  AnalyticalTable as Ui5AnalyticalTable,
  type AnalyticalTableDomRef,
  type AnalyticalTablePropTypes,
} from '@ui5/webcomponents-react'
import { forwardRef, useLayoutEffect, useRef, useState } from 'react'

/**
 * UI5's AnalyticalTable, mounted only once the place it goes to has a width.
 *
 * Why: the table measures its header cells when it mounts and then sizes each column to what it
 * measured. Inside a UI5 page (DynamicPage, ObjectPage) that has not rendered its shadow DOM yet,
 * slotted content is not laid out, every header measures 0 plus padding, and the columns stay a
 * few pixels wide for good — cells on top of each other, clicks landing on the wrong column (seen
 * in CI on the Communication Systems list after a hash navigation). Waiting for a width costs
 * nothing in the usual case: the first check runs before the browser paints.
 */
export const AnalyticalTable = forwardRef<AnalyticalTableDomRef, AnalyticalTablePropTypes>(
  function AnalyticalTable(props, ref) {
    const placeRef = useRef<HTMLDivElement>(null)
    const [laidOut, setLaidOut] = useState(false)
    useLayoutEffect(() => {
      const place = placeRef.current
      if (laidOut || !place) return
      if (place.getBoundingClientRect().width > 0) {
        setLaidOut(true)
        return
      }
      const observer = new ResizeObserver((entries) => {
        if (entries.some((entry) => entry.contentRect.width > 0)) setLaidOut(true)
      })
      observer.observe(place)
      return () => observer.disconnect()
    }, [laidOut])
    return (
      <div ref={placeRef} className="laid-out-table">
        {laidOut && <Ui5AnalyticalTable ref={ref} {...props} />}
      </div>
    )
  },
)
