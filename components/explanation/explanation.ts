/**
 * The card's public face: what the content script, the popup and the options page import. Each job lives in a
 * module of its own (render, details, ticket, sources, desk notes, desk entry, wording, styles, clipboard).
 */
export { CARD_PRIMARY_CLASS, CARD_TITLE_CLASS, type CardOptions, ROOT_CLASS, renderCard } from './render';
export { CARD_CSS } from './styles';
export { ticketText } from './ticket';
export { type CardKind, cardKind, SEVERITY_TEXT } from './wording';
