export { composeFeed, composeItem, type FeedContext } from './compose';
export { renderFeed, isFeedFormat, FEED_FORMATS, MEDIA_TYPES, type FeedFormat } from './render';
export type { FeedModel, FeedItem, PaperExtension } from './model';
export { feedIdentity, feedTagUri, itemTagUri, type FeedMembership } from './feed-identity';
export { feedUrl, type FeedView } from './feed-links';
export { demoSourceHost, demoTitleSuffix, sourcePhrase } from './source-label';
