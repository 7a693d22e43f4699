#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QListWidget;

namespace nw::gui {

// One project template: a .nwproj file and how the gallery presents it.
struct ProjectTemplate {
    QString path;        // ":/templates/mlp.nwproj"
    QString name;        // "Multilayer perceptron"
    QString description; // one line
};

// The templates in `directory`: first those its templates.json lists (in that order, with their
// names and descriptions), then any other .nwproj file there, named after the file. So a template
// is added by dropping a file in resources/templates and, for a proper name, a line in the index.
QList<ProjectTemplate> availableTemplates(const QString& directory = QStringLiteral(":/templates"));

// File → New: "Empty project" first, then every template with its name, description and a small
// preview of its layers (their icons in data-flow order and the chain as text).
class TemplateGallery : public QDialog {
    Q_OBJECT

public:
    explicit TemplateGallery(QWidget* parent = nullptr,
                             const QString& directory = QStringLiteral(":/templates"));

    // The chosen template's path; empty for "Empty project". Meaningful after the dialog is accepted.
    QString selectedPath() const;
    // Highlights the row of `path` (empty: "Empty project"); false when there is none.
    bool selectPath(const QString& path);
    QListWidget* list() const { return m_list; }

    // Runs the dialog modally. Returns the chosen path (empty for "Empty project"); `cancelled`
    // tells whether the user closed the dialog instead, which also returns an empty path.
    static QString choose(QWidget* parent, bool* cancelled);

private:
    void addRow(const QString& path, const QString& name, const QString& description);

    QListWidget* m_list = nullptr;
};

} // namespace nw::gui
