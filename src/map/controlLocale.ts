/**
 * maplibre's control tooltips are fixed when the map is created (there is no public way to change
 * them later), and the Atlas switches language without recreating the map. So they are bilingual,
 * Chinese first.
 */
export const CONTROL_LOCALE: Record<string, string> = {
  'NavigationControl.ZoomIn': '放大 Zoom in',
  'NavigationControl.ZoomOut': '缩小 Zoom out',
  'NavigationControl.ResetBearing': '拖动旋转，点击恢复正北 Drag to rotate map, click to reset north',
  'AttributionControl.ToggleAttribution': '数据来源 Toggle attribution',
  'AttributionControl.MapFeedback': '地图反馈 Map feedback',
  'Map.Title': '地图 Map',
  'Popup.Close': '关闭 Close popup',
  'ScaleControl.Meters': 'm',
  'ScaleControl.Kilometers': 'km',
};
