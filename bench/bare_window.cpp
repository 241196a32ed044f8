// The baseline for bench_startup: a plain QMainWindow with a label, quitting after its first paint.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QPaintEvent>

#include <cstdio>

namespace {

class Label : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QLabel::paintEvent(event);
        if (!m_reported) {
            m_reported = true;
            std::puts("first-paint");
            std::fflush(stdout);
            QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        }
    }

private:
    bool m_reported = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new Label(QStringLiteral("Hello"), &window));
    window.resize(1180, 760);
    window.show();
    return QApplication::exec();
}
