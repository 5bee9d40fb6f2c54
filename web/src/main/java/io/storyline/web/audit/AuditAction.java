package io.storyline.web.audit;

/** What a person did that the audit log keeps. */
public enum AuditAction {
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    UPLOAD,
    DOWNLOAD_ORIGINAL,
    EDIT_DOCUMENT,
    TAG,
    DECISION,
    ENTITY_MERGE,
    ENTITY_SPLIT,
    ENTITY_ALIAS,
    NEVER_ENTITY,
    REANALYZE,
    RETRY,
    REEXTRACT,
    EXPORT,
    IMPORT_START,
    IMPORT_STOP,
    IMPORT_RESUME,
    USER_CREATE,
    USER_UPDATE,
    USER_DISABLE,
    USER_ENABLE,
    USER_PASSWORD_RESET,
    KNOWLEDGE_CHANGE,
    TAXONOMY_CHANGE,
    SEARCH_REINDEX,
    STORY_CHANGE,
    ADMIN_ACTION
}
