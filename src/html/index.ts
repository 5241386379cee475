export { renderIndexPage, type IndexPageModel } from './index-page';
export { renderFeedPreview, type FeedPreviewModel } from './feed-preview';
export { renderErrorPage, type ErrorPageModel } from './error-page';
export { contentSecurityPolicy } from './content-security-policy';
export { filterSearch, feedUrl } from './feed-url';
export { filterFormValues, isFilterField, type FilterFormState, type FilterFormValues } from './filter-form';
