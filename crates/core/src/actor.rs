//! Who acts: every write names an [`Actor`], and every use case declares the [`Permission`] it
//! needs (SPEC N1). Anything a role is not given is denied.

use serde::{Deserialize, Serialize};

/// A staff role (SPEC N1), from least to most trusted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Writes drafts and sends them for review; cannot publish.
    Contributor,
    /// Publishes their own articles.
    Author,
    /// Edits and publishes every article; manages sections, tags, the breaking strip and ads.
    Editor,
    /// Also manages users and settings.
    Admin,
}

/// What a use case needs to be allowed to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permission {
    /// Create articles and edit one's own drafts.
    WriteArticles,
    /// Publish, schedule or unpublish one's own articles.
    PublishOwn,
    /// Edit, publish, schedule or unpublish anybody's articles.
    EditAll,
    /// Sections, tags, authors, the breaking strip and ads.
    ManageTaxonomy,
    /// Site settings and staff accounts.
    ManageSite,
    /// Bulk imports of content.
    Import,
    /// Enter the newsroom: the dashboard and one's own profile.
    ViewNewsroom,
    /// Invite staff, change their roles, disable accounts, issue password resets.
    ManageStaff,
    /// Read and export the audit log.
    ViewAudit,
}

impl Role {
    /// Whether this role holds `p`. Written as a whole table: a new permission is denied to
    /// every role until it is added here.
    pub fn allows(self, p: Permission) -> bool {
        use Permission::*;
        match self {
            Role::Contributor => matches!(p, ViewNewsroom | WriteArticles),
            Role::Author => matches!(p, ViewNewsroom | WriteArticles | PublishOwn),
            Role::Editor => matches!(
                p,
                ViewNewsroom | WriteArticles | PublishOwn | EditAll | ManageTaxonomy
            ),
            Role::Admin => true,
        }
    }

    /// Every role, from least to most trusted.
    pub const ALL: [Role; 4] = [Role::Contributor, Role::Author, Role::Editor, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Contributor => "contributor",
            Role::Author => "author",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }
}

impl std::str::FromStr for Role {
    type Err = crate::CoreError;
    /// `contributor`, `author`, `editor` or `admin`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or(crate::CoreError::Invalid {
                field: "role",
                key: "invalid-role",
            })
    }
}

/// Who performs a write: a person of the newsroom, or the system itself (first-run setup, a
/// command-line import, the scheduler), which acts with every permission.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Actor {
    Staff { user_id: i64, role: Role },
    System { task: String },
}

impl Actor {
    /// The system acting for `task` (`"import"`, `"demo"`, `"scheduler"`).
    pub fn system(task: &str) -> Self {
        Actor::System {
            task: task.to_owned(),
        }
    }

    pub fn allows(&self, p: Permission) -> bool {
        match self {
            Actor::Staff { role, .. } => role.allows(p),
            Actor::System { .. } => true,
        }
    }

    /// How the change log and the audit log name the actor: `user:17` or `system:import`.
    pub fn label(&self) -> String {
        match self {
            Actor::Staff { user_id, .. } => format!("user:{user_id}"),
            Actor::System { task } => format!("system:{task}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_hold_what_spec_gives_them() {
        use Permission::*;
        assert!(Role::Contributor.allows(WriteArticles));
        assert!(!Role::Contributor.allows(PublishOwn));
        assert!(Role::Author.allows(PublishOwn));
        assert!(!Role::Author.allows(EditAll));
        assert!(Role::Editor.allows(EditAll) && Role::Editor.allows(ManageTaxonomy));
        assert!(!Role::Editor.allows(ManageSite));
        assert!(Role::Admin.allows(ManageSite) && Role::Admin.allows(Import));
        assert!(!Role::Editor.allows(ManageStaff) && !Role::Editor.allows(ViewAudit));
        assert!(Role::ALL.iter().all(|r| r.allows(ViewNewsroom)));
        assert_eq!("editor".parse::<Role>().ok(), Some(Role::Editor));
        assert!("root".parse::<Role>().is_err());
        assert!(Actor::system("import").allows(Import));
        assert_eq!(Actor::system("import").label(), "system:import");
    }
}
