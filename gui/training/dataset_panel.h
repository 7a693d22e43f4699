#pragma once

#include <QImage>
#include <QWidget>

#include <memory>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Declared, not included: moc reads this header (see gui/document/project_document.h).
namespace nw {
struct DataFacts;
} // namespace nw

namespace nw::gui {

class ProjectDocument;

// The data set part of the training dock: where the samples come from (a generated Playground set,
// Fashion-MNIST, a CSV file, an IDX folder, an image folder), how many are held out for validation,
// how they are scaled, and a preview: the points of a 2-D set or the first images, with the number
// of samples per class. The preview is made on a pool thread, so a large set never blocks the window.
class DatasetPanel : public QWidget {
    Q_OBJECT

public:
    explicit DatasetPanel(ProjectDocument* document, QWidget* parent = nullptr);
    ~DatasetPanel() override;

    // Rereads the project's data set and remakes the preview.
    void refresh();
    void setEditable(bool editable);

    // What the preview shows, once previewReady() was emitted.
    QImage previewImage() const { return m_previewImage; }
    QString previewText() const { return m_previewText; }
    // What the checks of the network against the data need to know about it (see checkDataFit);
    // null until the data has been read, or when it cannot be.
    std::shared_ptr<const nw::DataFacts> dataFacts() const { return m_facts; }

signals:
    // The preview and the data's facts are up to date.
    void previewReady();

private:
    void sourceChosen(int index);
    void writeSpec();
    void browse();
    void updatePreview();
    void showPreview(int generation, const QImage& image, const QString& text,
                     std::shared_ptr<const nw::DataFacts> facts);

    ProjectDocument* m_document;
    QComboBox* m_source = nullptr;
    QSpinBox* m_samples = nullptr;
    QDoubleSpinBox* m_noise = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QDoubleSpinBox* m_validation = nullptr;
    QComboBox* m_scaling = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_counts = nullptr;
    QImage m_previewImage;
    QString m_previewText;
    std::shared_ptr<const nw::DataFacts> m_facts;
    QString m_previewKey; // the data the preview shows (or is being made of)
    int m_generation = 0;
    bool m_updating = false;
};

} // namespace nw::gui
