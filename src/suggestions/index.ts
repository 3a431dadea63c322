// Suggestions in the app: papers outside the lists that papers of the lists cite. The legend's switch
// (./legend.ts), the ranked view (./view.ts), the panel's view (./panel.ts); the map draws them with
// their own program (../map/settings.ts) and ../filters/visibility.ts hides them unless asked for.
export { createSuggestionsLegend } from "./legend";
export { mountSuggestionsView } from "./view";
export { listEntry, rankedSuggestions } from "./utils";
